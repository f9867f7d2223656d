import type { InstitutionalConfig } from '../../workflows/institutional/config';
import { ELEMENTS, PRINCIPLES } from '../../workflows/institutional/model';
import type { Checker } from '../../workflows/shared/field-errors';

/**
 * The editable parts of the institutional management model. Element and principle slugs are the
 * model's own (workflows validate and compare grades by them); their names, standards and grade
 * descriptors, the grading scale and the study types are data an admin edits.
 */
function localized(c: Checker, path: string, v: unknown): boolean {
  if (!c.object(path, v)) return false;
  c.noUnknownKeys(path, v, ['en', 'tr']);
  c.text(`${path}.en`, v.en, { max: 300 });
  c.text(`${path}.tr`, v.tr, { max: 300 });
  return true;
}

function descriptors(c: Checker, path: string, v: unknown, scale: { min: number; max: number }, complete: boolean) {
  if (!c.object(path, v)) return;
  const grades = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i));
  c.noUnknownKeys(path, v, grades);
  for (const g of grades) {
    if (v[g] === undefined) {
      if (complete) c.fail(`${path}.${g}`, `${path}.${g} is missing: every grade of the scale needs a descriptor`);
      continue;
    }
    localized(c, `${path}.${g}`, v[g]);
  }
}

export function validateModelChange(c: Checker, change: Record<string, unknown>, base: InstitutionalConfig): void {
  let scale = base.gradeScale;
  if (change.gradeScale !== undefined && c.object('gradeScale', change.gradeScale)) {
    const g = change.gradeScale;
    c.noUnknownKeys('gradeScale', g, ['min', 'max', 'descriptors']);
    if (c.int('gradeScale.min', g.min, 0, 1) && c.int('gradeScale.max', g.max, 3, 10)) {
      scale = { min: g.min, max: g.max, descriptors: {} };
      descriptors(c, 'gradeScale.descriptors', g.descriptors, scale, true);
    }
  }
  if (change.elements !== undefined && c.array('elements', change.elements, { min: ELEMENTS.length, max: ELEMENTS.length })) {
    const seen = new Set<string>();
    change.elements.forEach((e, i) => {
      const p = `elements.${i}`;
      if (!c.object(p, e)) return;
      c.noUnknownKeys(p, e, ['slug', 'name', 'group', 'standard', 'descriptors']);
      if (c.oneOf(`${p}.slug`, e.slug, ELEMENTS)) {
        if (seen.has(e.slug)) c.fail(`${p}.slug`, `${p}.slug repeats ${e.slug}`);
        seen.add(e.slug);
      }
      localized(c, `${p}.name`, e.name);
      c.oneOf(`${p}.group`, e.group, ['planning_application', 'measurement_improvement'] as const);
      if (e.standard !== undefined) localized(c, `${p}.standard`, e.standard);
      if (e.descriptors !== undefined) descriptors(c, `${p}.descriptors`, e.descriptors, scale, false);
    });
  }
  if (change.principles !== undefined && c.array('principles', change.principles, { min: PRINCIPLES.length, max: PRINCIPLES.length })) {
    const seen = new Set<string>();
    change.principles.forEach((pr, i) => {
      const p = `principles.${i}`;
      if (!c.object(p, pr)) return;
      c.noUnknownKeys(p, pr, ['slug', 'name']);
      if (c.oneOf(`${p}.slug`, pr.slug, PRINCIPLES)) {
        if (seen.has(pr.slug)) c.fail(`${p}.slug`, `${p}.slug repeats ${pr.slug}`);
        seen.add(pr.slug);
      }
      localized(c, `${p}.name`, pr.name);
    });
  }
  if (change.studyTypes !== undefined && c.array('studyTypes', change.studyTypes, { min: 1, max: 50 })) {
    const seen = new Set<string>();
    change.studyTypes.forEach((t, i) => {
      if (typeof t !== 'string' || !/^[a-z][a-z_]{2,39}$/.test(t))
        c.fail(`studyTypes.${i}`, `studyTypes.${i} must be a slug like resource_development`);
      else if (seen.has(t)) c.fail(`studyTypes.${i}`, `studyTypes.${i} repeats ${t}`);
      else seen.add(t);
    });
    if (!seen.has('gender_mainstreaming')) c.fail('studyTypes', 'studyTypes must keep gender_mainstreaming: gender plans are made of it');
  }
}
