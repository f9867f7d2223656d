import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

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
