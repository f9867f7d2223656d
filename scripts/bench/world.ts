/**
 * What the benchmark builds through the public API: organisations (CSV import), programs (one
 * by one or as cohorts), and programs driven to the stage a measurement needs. Valid task bodies
 * come from the test suite's data (test/support/*-data.ts), so they follow the programs' rules.
 */
import type { Client } from '@temporalio/client';
import * as adv from '../../test/support/advocacy-data';
import * as inst from '../../test/support/institutional-data';
import { BenchApi, until } from './api-client';
import type { BenchWorker } from './bench-worker';
import type { HistoryMeter } from './history';
import type { BenchOptions } from './options';
import type { SystemUnderTest } from './stack';

export interface World {
  sys: SystemUnderTest;
  opts: BenchOptions;
  temporal: Client;
  meter: HistoryMeter;
  bench: BenchWorker;
  admin: BenchApi;
  pm: BenchApi;
  /** mentor1, who logs the visits and completes the self-assessments. */
  mentor: BenchApi;
  /** mentor2, the advocacy mentor. */
  mentor2: BenchApi;
  gender: BenchApi;
  mentorIds: string[];
  mentor1Id: string;
  mentor2Id: string;
  genderId: string;
  /** Names of everything this run creates carry it, so runs on one system never collide. */
  tag: string;
  /** Bench workflows this run started (terminated at the end on a running system). */
  benchWorkflowIds: string[];
  log: (m: string) => void;
}

export interface ProgramRef {
  id: string;
  workflowId: string;
}

let orgCounter = 0;

/** Creates n organisations through the CSV import (chunks of 250 rows); returns their ids. */
export async function importOrganizations(w: World, n: number, label: string): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < n; start += 250) {
    const rows = ['name,city,fieldOfWork,contactPerson,email,phone'];
    for (let i = start; i < Math.min(n, start + 250); i++)
      rows.push(`Bench ${w.tag} ${label} ${++orgCounter},Ankara,Civil society,Deniz Yıldız,bench${i}@example.org,+90 312 000 00 00`);
    const r = await w.pm.ok<{ created: { id: string }[]; rejected: unknown[] }>('POST', '/organizations/import', {
      body: { csv: rows.join('\n') },
      timeoutMs: 600_000,
    });
    if (r.body.rejected.length) throw new Error(`organisation import rejected rows: ${JSON.stringify(r.body.rejected.slice(0, 3))}`);
    ids.push(...r.body.created.map((c) => c.id));
  }
  return ids;
}

/**
 * Starts institutional programs for the organisations through POST /api/programs/cohort, in
 * requests of opts.cohortBatch items, mentors taken in turn. Returns the program ids and the time
 * spent in the cohort requests only.
 */
export async function startCohort(
  w: World,
  orgIds: string[],
  mentorIds: string[],
): Promise<{ programIds: string[]; ms: number; failures: string[] }> {
  const programIds: string[] = [];
  const failures: string[] = [];
  let ms = 0;
  for (let start = 0; start < orgIds.length; start += w.opts.cohortBatch) {
    const items = orgIds
      .slice(start, start + w.opts.cohortBatch)
      .map((organizationId, k) => ({ organizationId, mentorId: mentorIds[(start + k) % mentorIds.length] }));
    const r = await w.pm.ok<{ results: { ok: boolean; programId?: string; statusCode?: number; message?: string }[] }>(
      'POST',
      '/programs/cohort',
      {
        body: { type: 'institutional', items, genderExpertId: w.genderId },
        timeoutMs: 600_000,
      },
    );
    ms += r.ms;
    for (const res of r.body.results) {
      if (res.ok && res.programId) programIds.push(res.programId);
      else failures.push(`${res.statusCode}: ${res.message}`);
    }
  }
  return { programIds, ms, failures };
}

async function createProgram(w: World, body: Record<string, unknown>): Promise<ProgramRef> {
  const [orgId] = await importOrganizations(w, 1, String(body.type));
  const r = await w.pm.ok<{ id: string; workflowId: string }>('POST', '/programs', { body: { organizationId: orgId, ...body } });
  return { id: r.body.id, workflowId: r.body.workflowId };
}

/** An institutional program of mentor1 driven through self-assessment, gender report and improvement plan. */
export async function institutionalInImplementation(w: World): Promise<ProgramRef> {
  const p = await createProgram(w, { type: 'institutional', mentorId: w.mentor1Id, genderExpertId: w.genderId });
  await w.mentor.complete(p.id, 'self_assessment', inst.selfAssessment(2));
  await w.gender.complete(p.id, 'gender_report', inst.genderReport(true));
  await w.mentor.complete(p.id, 'improvement_plan', inst.improvementPlan());
  await until(
    'program in implementation',
    async () => (await w.pm.ok<{ stage: string }>('GET', `/programs/${p.id}`)).body.stage === 'implementation',
    30_000,
    200,
  );
  return p;
}

/** An advocacy program of mentor2 driven to its first plan draft. */
export async function advocacyAtPlanDrafting(w: World): Promise<ProgramRef> {
  const p = await createProgram(w, { type: 'advocacy', mentorId: w.mentor2Id, override: true });
  await w.mentor2.complete(p.id, 'needs_assessment', adv.needs());
  await w.mentor2.complete(p.id, 'curriculum', adv.curriculum());
  await w.mentor2.complete(p.id, 'training', adv.training());
  await w.mentor2.complete(p.id, 'issue_workshop', adv.workshop());
  await w.mentor2.openTask(p.id, 'plan_drafting');
  return p;
}

/** The n-th visit's body (dates and notes vary a little, as real ones do). */
export function visitBody(n: number) {
  // Visits cannot be dated after today: one of the last 27 days.
  const date = new Date(Date.now() - (1 + (n % 27)) * 86_400_000).toISOString().slice(0, 10);
  return {
    date,
    mode: n % 3 ? 'face_to_face' : 'video',
    durationMinutes: 60 + (n % 4) * 15,
    notes: `Bench visit ${n}: worked on the improvement plan`,
  };
}

export const selfAssessmentBody = (n: number) => inst.selfAssessment(1 + (n % 4));
export const planDraftBody = (n: number) =>
  adv.plan(`All Roma children in the municipality are enrolled in primary school by 2029 (draft ${n})`);
export const planReviewBody = (n: number) => ({
  decision: 'request_changes',
  comments: `Make the goal measurable, with a date (review ${n})`,
});
