import { describe, expect, it } from 'vitest';
import * as workflows from '../../workflows/index';
import { PROGRAM_TYPES } from '../../workflows/programs/types';
import { PROGRAM_TYPE_REGISTRY, programTypeEntry, TEMPLATE_PROGRAM_ENTRY } from '../../workflows/programs/registry';
import { TEMPLATE_WORKFLOW } from '../../workflows/templates/contract';

describe('registry of program types (workflows)', () => {
  it('has an entry for every built-in type, naming a workflow the bundle exports', () => {
    expect(Object.keys(PROGRAM_TYPE_REGISTRY).sort()).toEqual([...PROGRAM_TYPES].sort());
    for (const entry of [...Object.values(PROGRAM_TYPE_REGISTRY), TEMPLATE_PROGRAM_ENTRY]) {
      expect(typeof (workflows as Record<string, unknown>)[entry.workflow]).toBe('function');
    }
    expect(TEMPLATE_PROGRAM_ENTRY.workflow).toBe(TEMPLATE_WORKFLOW);
  });

  it('gives every task type a role and ends every stage list with completed and withdrawn', () => {
    for (const entry of Object.values(PROGRAM_TYPE_REGISTRY)) {
      expect(Object.keys(entry.taskRoles).sort()).toEqual([...entry.taskTypes].sort());
      expect(entry.stages.slice(-2)).toEqual(['completed', 'withdrawn']);
      expect(entry.configDefaults).not.toBeNull();
    }
  });

  it('answers the template entry for any key that is not built in', () => {
    expect(programTypeEntry('institutional').capabilities.closeYear).toBe(true);
    expect(programTypeEntry('advocacy').capabilities.mentorLimit).toBe(true);
    expect(programTypeEntry('gender-initiative')).toBe(TEMPLATE_PROGRAM_ENTRY);
    expect(programTypeEntry('gender-initiative').capabilities).toMatchObject({
      records: true,
      closeStage: true,
      genderExpert: 'by_template',
    });
  });
});
