import type { FormComponent, FormDef } from '../types';

type Schema = FormDef['schema'];

/** Every component of a form-js schema, nested groups included. */
const allComponents = (components: FormComponent[] = []): FormComponent[] =>
  components.flatMap((component) => [component, ...allComponents(component.components)]);

/** Components that hold a value (have a key), in the order of the form. */
export const keyedComponents = (schema: Schema | undefined): FormComponent[] =>
  allComponents(schema?.components).filter((component) => typeof component.key === 'string' && component.key !== '');

/** An empty form-js schema (what a new task or record starts with). */
export const emptyForm = (): FormDef => ({ schema: { type: 'default', components: [] }, tr: {} });

/**
 * The schema in the reader's language: English is the builder's own text; Turkish replaces each
 * field's label, description and option labels from `form.tr` (empty entries keep the English).
 */
export const localizeSchema = (form: FormDef, locale: string): Schema => {
  if (locale !== 'tr') return form.schema;
  const localize = (component: FormComponent): FormComponent => {
    const tr = component.key ? form.tr?.[component.key] : undefined;
    return {
      ...component,
      ...(tr?.label ? { label: tr.label } : {}),
      ...(tr?.description ? { description: tr.description } : {}),
      ...(component.values && tr?.values
        ? { values: component.values.map((option) => ({ ...option, label: tr.values?.[String(option.value)] || option.label })) }
        : {}),
      ...(component.components ? { components: component.components.map(localize) } : {}),
    };
  };
  return { ...form.schema, components: form.schema.components.map(localize) };
};
