import type { PlanVersion } from '../domain';

export const latestVersion = (versions: PlanVersion[] | null | undefined): PlanVersion | undefined =>
  versions && versions.length > 0 ? versions[versions.length - 1] : undefined;

export const versionNumbered = (versions: PlanVersion[] | null | undefined, version: number | null | undefined) =>
  version == null ? undefined : versions?.find((v) => v.version === version);

/**
 * The version a plan review task is about: the last one submitted by the time the task
 * opened (the workflow opens the review in the same step that records the draft).
 */
export const versionUnderReview = (versions: PlanVersion[] | null | undefined, openedAt: string): PlanVersion | undefined => {
  const opened = Date.parse(openedAt);
  const before = (versions ?? []).filter((v) => Date.parse(v.submittedAt) <= opened);
  return before.at(-1) ?? latestVersion(versions);
};

/** The version the presentation will finalise: the last approved one. */
export const approvedVersion = (versions: PlanVersion[] | null | undefined): PlanVersion | undefined =>
  [...(versions ?? [])].reverse().find((v) => v.review?.decision === 'approve');
