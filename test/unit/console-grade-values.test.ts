/** The grading forms' values (self-assessment, re-evaluation, a CSO member's own grading) and the API's payload. */
import { describe, expect, it } from 'vitest';
import type { InstitutionalConfig } from '../../admin/src/institutional/domain';
import { emptyGrades, gradesPayload, strengthsAndAreas, trimmed } from '../../admin/src/institutional/forms/gradeValues';

const config = {
  elements: [{ slug: 'governance' }, { slug: 'finance' }],
  principles: [{ slug: 'equality' }],
} as unknown as InstitutionalConfig;

describe('grade values', () => {
  it('starts every element ungraded with its empty details, every principle ungraded', () => {
    expect(emptyGrades(config, { notes: '' })).toEqual({
      elements: { governance: { grade: null, notes: '' }, finance: { grade: null, notes: '' } },
      principles: { equality: null },
    });
  });

  it('sends one entry per configured element and principle, the untouched ones as null, the details trimmed', () => {
    const values = {
      elements: { governance: { grade: 3, strengths: '  clear roles ', improvementAreas: null }, stale: { grade: 1 } },
      principles: { equality: 2, stale: 4 },
    };
    expect(gradesPayload(config, values, strengthsAndAreas)).toEqual({
      elements: {
        governance: { grade: 3, strengths: 'clear roles', improvementAreas: '' },
        finance: { grade: null, strengths: '', improvementAreas: '' },
      },
      principles: { equality: 2 },
    });
  });

  it('keeps the grade before the details in each element, as the forms sent it', () => {
    const payload = gradesPayload(config, { elements: { governance: { grade: 1 } } }, () => ({ notes: 'x' }));
    expect(Object.keys(payload.elements.governance)).toEqual(['grade', 'notes']);
  });

  it('reads a non-text value as an empty text', () => {
    expect(trimmed(' a ')).toBe('a');
    expect(trimmed(null)).toBe('');
    expect(trimmed(3)).toBe('');
  });
});
