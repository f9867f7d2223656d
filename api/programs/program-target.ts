/** The program an audit row is about: its id and its workflow's. */
export const programTarget = (p: { id: string; workflowId: string | null }) => ({
  targetType: 'program',
  targetId: p.id,
  workflowId: p.workflowId,
});
