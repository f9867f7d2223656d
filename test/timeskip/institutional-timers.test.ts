/**
 * The institutional program's durable timers over months of workflow time, on Temporal's
 * time-skipping test server (scripts/lib/time-skipping-server.mjs): the configuration's own
 * durations (30-day due dates, a 45-day no-contact reminder, a 365-day year), not shortened
 * ones. The projection's local activities collect what the read model would get, so these tests
 * see the workflow alone; the HTTP tests (test/integration/institutional-timers.test.ts) cover
 * the same timers end to end with short durations.
 */
import { describe, expect, it } from 'vitest';
import { completeTaskUpdate, pauseSignal, resumeSignal, stateQuery, type RoleActor } from '../../workflows/programs/contract';
import { DEFAULT_INSTITUTIONAL_CONFIG } from '../../workflows/institutional/config';
import type { InstitutionalProgramInput } from '../../workflows/institutional/contract';
import * as data from '../support/institutional-data';
import { ACTORS, PROGRAM_PEOPLE } from '../support/workflow-actors';
import { DAY, timeSkippingSuite } from './time-skipping-env';

const { mentor, expert, pm } = ACTORS;

type Task = { id: string; type: string; status: string; overdue: boolean; dueAt: string; year: number };
type Live = { status: string; stage: string; year: number; tasks: Task[]; upcoming: { at: string; kind: string }[] };

const ts = timeSkippingSuite('timeskip-institutional');
const notices = (programId: string, type: string) => ts.notices(programId, type);

async function start(label: string) {
  const now = await ts.env.currentTimeMs();
  const programId = `ts-${label}-${now}`;
  const input: InstitutionalProgramInput = {
    programId,
    ...PROGRAM_PEOPLE,
    organizationName: 'Zaman Derneği',
    startedBy: pm,
    startDate: new Date(now).toISOString().slice(0, 10),
    years: 1,
    config: DEFAULT_INSTITUTIONAL_CONFIG,
  };
  const handle = await ts.env.client.workflow.start('institutionalProgram', {
    taskQueue: ts.taskQueue,
    workflowId: `program-${programId}`,
    args: [input],
  });
  return { handle, programId };
}

const live = (h: { query: (q: typeof stateQuery) => Promise<unknown> }) => h.query(stateQuery) as Promise<Live>;
const open = (s: Live, type: string) => s.tasks.find((t) => t.type === type && t.status === 'open');

describe('institutional timers on the time-skipping server', () => {
  it('marks a task overdue when its 30 days pass, tells the manager once, and shifts due dates by a pause', async () => {
    const { handle, programId } = await start('overdue');
    const first = open(await live(handle), 'self_assessment')!;
    expect(Date.parse(first.dueAt) - (await ts.env.currentTimeMs())).toBeGreaterThan(29 * DAY);

    // A 10-day pause moves the due date by 10 days.
    await ts.env.sleep(5 * DAY);
    await handle.signal(pauseSignal, { actor: pm, reason: 'Board elections', auditId: null });
    await ts.env.sleep(10 * DAY);
    await handle.signal(resumeSignal, { actor: pm, auditId: null });
    const shifted = open(await live(handle), 'self_assessment')!;
    expect(Date.parse(shifted.dueAt) - Date.parse(first.dueAt)).toBeGreaterThanOrEqual(10 * DAY - 1000);
    expect(shifted.overdue).toBe(false);

    // Not overdue a day before the shifted date, overdue a day after; one notice to the manager.
    await ts.env.sleep(Date.parse(shifted.dueAt) - (await ts.env.currentTimeMs()) - DAY);
    expect(open(await live(handle), 'self_assessment')!.overdue).toBe(false);
    await ts.env.sleep(2 * DAY);
    expect(open(await live(handle), 'self_assessment')!.overdue).toBe(true);
    await ts.env.sleep(20 * DAY);
    expect(notices(programId, 'task_overdue').map((n) => n.userId)).toEqual([pm.id]);
  });

  it('reminds after 45 days without contact, opens the mid-year review and ends the year after 365 days', async () => {
    const { handle, programId } = await start('year');
    const done = async (type: string, payload: unknown, actor: RoleActor) => {
      const t = open(await live(handle), type);
      expect(t, `${type} open`).toBeDefined();
      await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: t!.id, data: payload, actor, auditId: null }] });
    };
    const today = new Date(await ts.env.currentTimeMs()).toISOString().slice(0, 10);
    await done('self_assessment', { ...data.selfAssessment(2), sessionDates: [today] }, mentor);
    await done('gender_report', data.genderReport(false), expert);
    await done('improvement_plan', data.improvementPlan(), mentor);
    expect((await live(handle)).stage).toBe('implementation');
    expect(notices(programId, 'no_contact_reminder')).toHaveLength(0);

    // No contact for 45 days: the mentor and the manager are reminded, and again 45 days later.
    await ts.env.sleep(46 * DAY);
    expect(notices(programId, 'no_contact_reminder').map((n) => n.userId)).toEqual([mentor.id, pm.id]);
    await ts.env.sleep(45 * DAY);
    expect(notices(programId, 'no_contact_reminder')).toHaveLength(4);

    // Half-way through the year the gender expert's plan review opens.
    await ts.env.sleep((365 * DAY) / 2 - 91 * DAY);
    expect(open(await live(handle), 'gender_plan_review')?.year).toBe(1);

    // The year ends on its day: the re-evaluation opens.
    await ts.env.sleep((365 * DAY) / 2);
    const s = await live(handle);
    expect(open(s, 're_evaluation'), JSON.stringify(s.tasks.map((t) => [t.type, t.status]))).toBeDefined();
  });
});
