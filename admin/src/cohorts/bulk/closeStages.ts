import type { BulkSignalResult } from '../types';

/**
 * Bulk close-stage: the API closes the stage a request names, and each program must name its own
 * current one, so the selection is sent as one request per current stage and the answers joined.
 * Programs of built-in types go along with their stage too: the API refuses them one by one, with
 * the reason, like any other control they cannot take.
 */
export const closeStages = async (
  programs: { id: string | number; stage: string }[],
  ids: string[],
  send: (body: { ids: string[]; stageId: string }) => Promise<BulkSignalResult>,
): Promise<BulkSignalResult> => {
  const stageOf = new Map(programs.map((p) => [String(p.id), p.stage]));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const stage = stageOf.get(id) ?? '';
    groups.set(stage, [...(groups.get(stage) ?? []), id]);
  }
  const answers: BulkSignalResult[] = [];
  for (const [stageId, group] of groups) {
    // A program not loaded has no stage to name: it is reported, not sent.
    if (!stageId) {
      answers.push({
        accepted: 0,
        refused: group.length,
        results: group.map((id) => ({ programId: id, organizationId: id, ok: false, statusCode: 404, message: 'Unknown program' })),
      });
      continue;
    }
    answers.push(await send({ ids: group, stageId }));
  }
  return {
    accepted: answers.reduce((n, a) => n + a.accepted, 0),
    refused: answers.reduce((n, a) => n + a.refused, 0),
    results: answers.flatMap((a) => a.results),
  };
};
