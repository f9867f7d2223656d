/**
 * `@temporalio/workflow` for the time-skipping tests' bundle, with search attribute upserts left
 * out: Temporal's time-skipping test server has no visibility store and no operator API, so it
 * cannot be told Mentorflow's custom attributes and fails every upsert of them. The timers, state
 * and updates under test do not depend on search attributes; the dev-server tests cover those.
 */
export * from '@temporalio/workflow/lib/index.js';

export function upsertSearchAttributes(): void {}
