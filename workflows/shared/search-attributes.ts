import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributeUpdatePair } from '@temporalio/common';

/**
 * Search attributes every Mentorflow workflow may carry. The api and the worker register them on
 * the Temporal server at start (idempotently), so programs can be listed by them in the Web UI.
 */
export const SA = {
  ProgramType: defineSearchAttributeKey('ProgramType', SearchAttributeType.KEYWORD),
  OrganizationId: defineSearchAttributeKey('OrganizationId', SearchAttributeType.KEYWORD),
  MentorId: defineSearchAttributeKey('MentorId', SearchAttributeType.KEYWORD),
  Stage: defineSearchAttributeKey('Stage', SearchAttributeType.KEYWORD),
  ProgramYear: defineSearchAttributeKey('ProgramYear', SearchAttributeType.INT),
  ProgramStatus: defineSearchAttributeKey('ProgramStatus', SearchAttributeType.KEYWORD),
} as const;

export const ALL_SEARCH_ATTRIBUTES = Object.values(SA);

/** What a program shows the Web UI and the list filters of itself. */
export interface ProgramAttributes {
  organizationId: string;
  stage: string;
  status: string;
  year: number;
  mentorId: string;
}

/**
 * A program's search attributes, in the order its workflow has always upserted them (the
 * advocacy program's year comes before its stage), so replayed runs send the same commands.
 */
export function programSearchAttributes(
  type: string,
  p: ProgramAttributes,
  order: 'stage-first' | 'year-first' = 'stage-first',
): SearchAttributeUpdatePair[] {
  const year: SearchAttributeUpdatePair = { key: SA.ProgramYear, value: p.year };
  const stage: SearchAttributeUpdatePair[] = [
    { key: SA.Stage, value: p.stage },
    { key: SA.ProgramStatus, value: p.status },
  ];
  return [
    { key: SA.ProgramType, value: type },
    { key: SA.OrganizationId, value: p.organizationId },
    ...(order === 'year-first' ? [year, ...stage] : [...stage, year]),
    { key: SA.MentorId, value: p.mentorId },
  ];
}
