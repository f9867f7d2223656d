/**
 * Records replay fixtures of the generic template workflow (not part of the normal run):
 *   RECORD_REPLAY_FIXTURES=1 FIXTURE_PREFIX=v1 npx vitest run --project record test/replay/template.record.ts
 * Writes test/replay/histories/templateProgram/<prefix>-<scenario>-run<N>.json.
 *
 * It runs the workflow bundle in a real worker on the test run's Temporal dev server, with the
 * projection's local activities collecting the batches in memory: the histories are the
 * workflow's own (activities leave only their markers), and the batches show what the read
 * model would get. Doing it below the api keeps the engine's fixtures independent of the api's
 * template tables; it also proves FEEL (feelin) runs inside the workflow sandbox.
 */
import { Client, Connection, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { registerSearchAttributes } from '../../api/temporal/search-attributes.registrar';
import {
  completeTaskUpdate,
  pauseSignal,
  reassignSignal,
  resumeSignal,
  stateQuery,
  withdrawSignal,
  type RoleActor,
} from '../../workflows/programs/contract';
import type { FactBatch } from '../../workflows/programs/facts';
import { checkTemplate } from '../../workflows/templates/check';
import { addRecordUpdate, closeStageSignal, TEMPLATE_WORKFLOW, type TemplateProgramInput } from '../../workflows/templates/contract';
import { recordRun } from '../support/replay-recorder';
import { ACTORS, PROGRAM_PEOPLE } from '../support/workflow-actors';
import { FAST, gmiTemplate } from '../unit/template-fixtures';

const TASK_QUEUE = `template-record-${process.pid}`;
const { mentor, expert, pm } = ACTORS;

const batches = new Map<string, FactBatch[]>();
let worker: Worker;
let running: Promise<void>;
let client: Client;
let connection: Connection;
let native: NativeConnection;

beforeAll(async () => {
  connection = await Connection.connect({ address: inject('temporalAddress') });
  await registerSearchAttributes(connection, 'default', { log: () => undefined } as never);
  client = new Client({ connection, namespace: 'default' });
  native = await NativeConnection.connect({ address: inject('temporalAddress') });
  worker = await Worker.create({
    connection: native,
    taskQueue: TASK_QUEUE,
    workflowsPath: resolve('workflows/index.ts'),
    activities: {
      async applyFacts(batch: FactBatch) {
        batches.set(batch.programId, [...(batches.get(batch.programId) ?? []), batch]);
      },
      async recordProjectionFailure() {},
    },
  });
  running = worker.run();
}, 180_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  await native?.close();
  await connection?.close();
});

const record = (workflowId: string, runId: string, scenario: string, run: number) =>
  recordRun('templateProgram', workflowId, scenario, run, runId);

async function eventually<T>(fn: () => Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function start(label: string, cycles: number, historyEventLimit?: number) {
  const compiled = checkTemplate('gmi', 1, gmiTemplate({ ...FAST, stageEnd: { amount: 6, unit: 'seconds' } }, cycles));
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const programId = `tpl-${label}-${Date.now()}`;
  const input: TemplateProgramInput = {
    programId,
    ...PROGRAM_PEOPLE,
    startDate: '2027-01-04',
    typeKey: 'gmi',
    templateVersionId: '00000000-0000-4000-8000-0000000000f1',
    template: compiled.compiled,
    historyEventLimit,
  };
  const handle = await client.workflow.start(TEMPLATE_WORKFLOW, {
    taskQueue: TASK_QUEUE,
    workflowId: `program-${programId}`,
    args: [input],
  });
  return { handle, programId, firstRunId: handle.firstExecutionRunId };
}

type Live = {
  status: string;
  stage: string;
  cycle: number;
  tasks: { id: string; type: string; status: string }[];
  figures: Record<string, number | null>;
  records: Record<string, number>;
};
const live = (h: WorkflowHandle) => h.query(stateQuery) as Promise<Live>;

async function openTask(workflowId: string, type: string, cycle: number) {
  return eventually(async () => {
    const s = await live(client.workflow.getHandle(workflowId));
    return s.cycle === cycle && s.tasks.find((t) => t.type === type && t.status === 'open');
  });
}

async function complete(workflowId: string, type: string, cycle: number, data: unknown, actor: RoleActor) {
  const t = await openTask(workflowId, type, cycle);
  await client.workflow.getHandle(workflowId).executeUpdate(completeTaskUpdate, { args: [{ taskId: t.id, data, actor, auditId: null }] });
}

it('records two cycles: tasks, records, a timer opening a task, a timer ending the stage, continue-as-new, a manager close', async () => {
  const { handle, programId, firstRunId } = await start('cycles', 2);
  const id = handle.workflowId;
  await complete(id, 'practice_review', 1, { score: 6, summary: 'Policies exist', areas: ['policy'] }, mentor);
  // Refused by the validator: nothing enters history.
  await expect(
    handle.executeUpdate(addRecordUpdate, {
      args: [{ recordId: 'r0', kind: 'meeting', data: { date: '2027-02-01', attendees: 3 }, actor: mentor }],
    }),
  ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
  await complete(id, 'gender_review', 1, { rating: 'high' }, expert);
  await handle.executeUpdate(addRecordUpdate, {
    args: [{ recordId: 'r1', kind: 'meeting', data: { date: '2027-02-01', attendees: 8 }, actor: mentor, auditId: null }],
  });
  await handle.executeUpdate(addRecordUpdate, {
    args: [{ recordId: 'r1', kind: 'meeting', data: { date: '2027-02-01', attendees: 8 }, actor: mentor, auditId: null }],
  });
  await expect(
    handle.executeUpdate(addRecordUpdate, {
      args: [{ recordId: 'r2', kind: 'meeting', data: { date: '2027-02-30', attendees: 0 }, actor: expert }],
    }),
  ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
  await handle.executeUpdate(addRecordUpdate, {
    args: [{ recordId: 'r3', kind: 'meeting', data: { date: '2027-02-02', attendees: 4 }, actor: expert, auditId: null }],
  });
  const s1 = await live(handle);
  expect(s1).toMatchObject({
    stage: 'meetings',
    cycle: 1,
    records: { meeting: 2 },
    figures: { meetings: 2, avg_attendance: 6, score: 0.6 },
  });
  // The open_joint timer opens the joint action; the stage_end timer ends the cycle.
  await complete(id, 'joint_action', 1, { agreed: true, actions: 'Joint training plan' }, mentor);
  await complete(id, 'practice_review', 2, { score: 8, summary: 'Policy adopted' }, mentor);
  await complete(id, 'gender_review', 2, { rating: 'high' }, expert);
  await eventually(async () => (await live(client.workflow.getHandle(id))).stage === 'meetings');
  await client.workflow.getHandle(id).signal(closeStageSignal, { actor: pm, stageId: 'meetings', auditId: null });
  const result = await client.workflow.getHandle(id).result();
  expect(result).toMatchObject({ status: 'completed', year: 2, previous: { figures: { meetings: 2 } } });

  const facts = (batches.get(programId) ?? []).flatMap((b) => b.facts);
  expect(facts.filter((f) => f.kind === 'record_added').map((f) => f.kind === 'record_added' && f.record.id)).toEqual(['r1', 'r3']);
  expect(facts.some((f) => f.kind === 'notification' && f.notification.type === 'template_reminder')).toBe(true);
  const seqs = (batches.get(programId) ?? []).map((b) => b.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

  const runs: string[] = [];
  for await (const w of client.workflow.list({ query: `WorkflowId = '${id}'` })) runs.push(w.runId);
  const second = runs.find((r) => r !== firstRunId)!;
  expect(runs).toHaveLength(2);
  record(id, firstRunId, 'cycles', 1);
  record(id, second, 'cycles', 2);
});

it('records controls: pause, resume, reassign, withdraw', async () => {
  const { handle, firstRunId } = await start('controls', 1);
  await complete(handle.workflowId, 'practice_review', 1, { score: 3, summary: 'Just starting' }, mentor);
  await handle.signal(pauseSignal, { actor: pm, auditId: null });
  await eventually(async () => (await live(handle)).status === 'paused');
  await handle.signal(resumeSignal, { actor: pm, auditId: null });
  await eventually(async () => (await live(handle)).status === 'active');
  await handle.signal(reassignSignal, { actor: pm, mentorId: '00000000-0000-4000-8000-00000000000d', auditId: null });
  await handle.signal(withdrawSignal, { actor: pm, reason: 'Merged with another CSO', auditId: null });
  expect(await handle.result()).toMatchObject({ status: 'withdrawn', mentorId: '00000000-0000-4000-8000-00000000000d' });
  record(handle.workflowId, firstRunId, 'controls', 1);
});

it('records a run whose history is full mid-cycle: it continues as new with the exact state', async () => {
  const { handle, programId, firstRunId } = await start('full', 1, 40);
  const id = handle.workflowId;
  await complete(id, 'practice_review', 1, { score: 5, summary: 'Half way there' }, mentor);
  await complete(id, 'gender_review', 1, { rating: 'low' }, expert);
  for (let i = 1; i <= 5; i++) {
    await client.workflow.getHandle(id).executeUpdate(addRecordUpdate, {
      args: [{ recordId: `m${i}`, kind: 'meeting', data: { date: '2027-02-01', attendees: i }, actor: mentor, auditId: null }],
    });
  }
  const runs = async () => {
    const out: string[] = [];
    for await (const w of client.workflow.list({ query: `WorkflowId = '${id}'` })) out.push(w.runId);
    return out;
  };
  // The 6th meeting meets the stage's condition; before that the history passes 40 events.
  const second = await eventually(async () => (await runs()).find((r) => r !== firstRunId));
  const s = await live(client.workflow.getHandle(id));
  expect(s).toMatchObject({ stage: 'meetings', records: { meeting: 5 }, figures: { meetings: 5, avg_attendance: 3 } });
  await client.workflow.getHandle(id).executeUpdate(addRecordUpdate, {
    args: [{ recordId: 'm6', kind: 'meeting', data: { date: '2027-02-01', attendees: 6 }, actor: mentor, auditId: null }],
  });
  expect(await client.workflow.getHandle(id).result()).toMatchObject({ status: 'completed', figures: { meetings: 6 } });
  const records = (batches.get(programId) ?? []).flatMap((b) => b.facts).filter((f) => f.kind === 'record_added');
  expect(records).toHaveLength(6);
  record(id, firstRunId, 'history-full', 1);
  record(id, second, 'history-full', 2);
});
