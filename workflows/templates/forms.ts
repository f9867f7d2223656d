/**
 * Forms as data: the part of a form-js schema (`@bpmn-io/form-js`) the server understands, and
 * the validation of a submission against it. The api runs it before anything enters workflow
 * history (400 naming each field); the workflow's update validator runs it again as a last line.
 * Pure and deterministic.
 */
import type { FieldErrors } from '../shared/field-errors';
import { feelHolds } from './feel';
import type { FormComponent, FormDef } from './language';

/** Component types whose value is submitted, and what the value is. */
export const INPUT_TYPES = ['textfield', 'textarea', 'number', 'checkbox', 'checklist', 'radio', 'select', 'datetime'] as const;
export type InputType = (typeof INPUT_TYPES)[number];
/** Display-only components (a group only lays out its children; it has no `path` here). */
export const DISPLAY_TYPES = ['text', 'group', 'spacer', 'separator', 'html', 'image', 'button'] as const;

/** Caps on what a submission may hold (the api's input guard also caps request bodies). */
export const TEXTFIELD_MAX = 1000;
export const TEXTAREA_MAX = 10000;
export const CHECKLIST_MAX = 200;

export interface FormField {
  key: string;
  type: InputType;
  label: string;
  component: FormComponent;
  /** form-js `conditional.hide` expressions of the field and of the groups around it. */
  hide: string[];
}

export const isInputType = (t: string): t is InputType => (INPUT_TYPES as readonly string[]).includes(t);

/** Every input field of a form, groups flattened, in the order the form shows them. */
export function formFields(form: FormDef): FormField[] {
  const out: FormField[] = [];
  const visit = (components: unknown, hide: string[]) => {
    if (!Array.isArray(components)) return;
    for (const c of components as FormComponent[]) {
      if (!c || typeof c !== 'object') continue;
      const own = hideCondition(c);
      const conditions = own ? [...hide, own] : hide;
      if (c.type === 'group') visit(c.components, conditions);
      else if (isInputType(c.type) && typeof c.key === 'string')
        out.push({ key: c.key, type: c.type, label: c.label || c.key, component: c, hide: conditions });
    }
  };
  visit(form?.schema?.components, []);
  return out;
}

export const formFieldKeys = (form: FormDef): string[] => formFields(form).map((f) => f.key);

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

const isDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** The submission's errors by field key; empty when it is valid. */
export function validateSubmission(form: FormDef, data: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { data: 'The submission must be an object of field values' };
  // Own values only: a field keyed `constructor` must not read Object.prototype's.
  const values: Record<string, unknown> = Object.fromEntries(Object.entries(data as Record<string, unknown>));
  const fields = formFields(form);
  const known = new Set(fields.map((f) => f.key));
  // defineProperty: a key named __proto__ must be reported, not swallowed by the setter.
  for (const key of Object.keys(values)) {
    if (!known.has(key))
      Object.defineProperty(errors, key, {
        value: `${key} is not a field of this form`,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  const own = (key: string) => (Object.hasOwn(values, key) ? values[key] : undefined);
  // A field form-js hides (`conditional.hide`, over the other fields' values) is neither
  // validated nor submitted by the viewer: the server skips it the same way.
  const hidden = new Set(fields.filter((f) => f.hide.some((h) => feelHolds(h, values))).map((f) => f.key));
  for (const f of fields) {
    if (hidden.has(f.key)) continue;
    const message = fieldError(f, own(f.key));
    if (message) errors[f.key] = message;
  }
  // FEEL validation runs on fields that passed their own checks, with the whole submission.
  for (const f of fields) {
    const expr = f.component.properties?.feelValidate;
    if (!expr || hidden.has(f.key) || errors[f.key] || empty(own(f.key))) continue;
    if (!feelHolds(expr, { value: own(f.key), data: values })) {
      errors[f.key] = f.component.properties?.feelMessage || `${f.label} is not valid`;
    }
  }
  return errors;
}

/** form-js's `conditional: { hide: "=<FEEL over the form's data>" }`. */
export function hideCondition(c: FormComponent): string | null {
  const cond = c.conditional as { hide?: unknown } | undefined;
  return cond && typeof cond.hide === 'string' && cond.hide.trim() ? cond.hide : null;
}

function fieldError(f: FormField, v: unknown): string | null {
  const c = f.component;
  const rules = c.validate ?? {};
  const label = f.label;
  if (f.type === 'checkbox') {
    if (v !== undefined && v !== null && typeof v !== 'boolean') return `${label} must be true or false`;
    return rules.required && v !== true ? `${label} must be checked` : null;
  }
  if (empty(v)) return rules.required ? `${label} is required` : null;
  const allowed = (c.values ?? []).map((o) => o.value);
  switch (f.type) {
    case 'textfield':
    case 'textarea': {
      if (typeof v !== 'string') return `${label} must be text`;
      const cap = f.type === 'textfield' ? TEXTFIELD_MAX : TEXTAREA_MAX;
      if (v.length > cap) return `${label} must be at most ${cap} characters`;
      if (rules.minLength !== undefined && v.length < rules.minLength) return `${label} must be at least ${rules.minLength} characters`;
      if (rules.maxLength !== undefined && v.length > rules.maxLength) return `${label} must be at most ${rules.maxLength} characters`;
      if (rules.required && !v.trim()) return `${label} is required`;
      if (rules.pattern && !safeTest(rules.pattern, v)) return `${label} does not match the expected format`;
      if (rules.validationType === 'email' && !EMAIL.test(v)) return `${label} must be an e-mail address`;
      if (rules.validationType === 'phone' && !PHONE.test(v)) return `${label} must be a phone number`;
      return null;
    }
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `${label} must be a number`;
      if (rules.min !== undefined && v < rules.min) return `${label} must be at least ${rules.min}`;
      if (rules.max !== undefined && v > rules.max) return `${label} must be at most ${rules.max}`;
      const digits = c.decimalDigits;
      if (typeof digits === 'number' && !Number.isInteger(v * 10 ** digits)) {
        return digits === 0 ? `${label} must be a whole number` : `${label} has more than ${digits} decimal digits`;
      }
      return null;
    }
    case 'radio':
    case 'select':
      return allowed.includes(v as string) ? null : `${label} must be one of: ${allowed.join(', ')}`;
    case 'checklist': {
      if (!Array.isArray(v)) return `${label} must be a list`;
      if (v.length > CHECKLIST_MAX) return `${label} can hold at most ${CHECKLIST_MAX} entries`;
      const bad = v.find((x) => !allowed.includes(x as string));
      if (bad !== undefined) return `${label} must only hold: ${allowed.join(', ')}`;
      if (new Set(v).size !== v.length) return `${label} lists an option twice`;
      return null;
    }
    case 'datetime':
      return typeof v === 'string' && isDate(v) ? null : `${label} must be a date (YYYY-MM-DD)`;
  }
  return null;
}

function safeTest(pattern: string, v: string): boolean {
  try {
    // As form-js's viewer tests it (unanchored), so the browser and the server agree.
    return new RegExp(pattern).test(v);
  } catch {
    return false;
  }
}
