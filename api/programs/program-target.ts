import type { Program } from './program.entity';

/** The program an audit row is about: its id and its workflow's. */
export const programTarget = (p: Pick<Program, 'id' | 'workflowId'>) => ({
  targetType: 'program',
  targetId: p.id,
  workflowId: p.workflowId,
});
