/**
 * A designed program's timers in days, as an admin would set them, on Temporal's time-skipping
 * test server: a reminder 30 days after the last meeting (repeating), a task opened 60 days into
 * the stage, the stage (and with it the cycle) ended at 90 days, continuing as new into cycle 2.
 * The same template runs with seconds on the dev server in test/integration/program-templates.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { completeTaskUpdate, stateQuery, type RoleActor } from '../../workflows/programs/contract';
import { checkTemplate } from '../../workflows/templates/check';
import { addRecordUpdate, TEMPLATE_WORKFLOW, type TemplateProgramInput } from '../../workflows/templates/contract';
import { ACTORS, PROGRAM_PEOPLE } from '../support/workflow-actors';
import { DAYS, gmiTemplate } from '../unit/template-fixtures';
import { DAY, timeSkippingSuite } from './time-skipping-env';

const { mentor, expert } = ACTORS;

type Live = {
  status: string;
  stage: string;
  cycle: number;
  tasks: { id: string; type: string; status: string }[];
  records: Record<string, number>;
};

const ts = timeSkippingSuite('timeskip-template');

describe('designed program timers on the time-skipping server', () => {
  it('reminds 30 days after the last meeting, opens the joint action at 60 days and ends the cycle at 90', async () => {
    const compiled = checkTemplate('gmi', 1, gmiTemplate(DAYS, 2));
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const now = await ts.env.currentTimeMs();
    const programId = `ts-gmi-${now}`;
    const input: TemplateProgramInput = {
      programId,
      ...PROGRAM_PEOPLE,
      startDate: new Date(now).toISOString().slice(0, 10),
      typeKey: 'gmi',
      templateVersionId: '00000000-0000-4000-8000-0000000000f1',
      template: compiled.compiled,
    };
    const workflowId = `program-${programId}`;
    await ts.env.client.workflow.start(TEMPLATE_WORKFLOW, { taskQueue: ts.taskQueue, workflowId, args: [input] });
    // The latest run: the cycle continues as new.
    const handle = () => ts.env.client.workflow.getHandle(workflowId);
    const live = () => handle().query(stateQuery) as Promise<Live>;
    const complete = async (type: string, data: unknown, actor: RoleActor) => {
      const t = (await live()).tasks.find((x) => x.type === type && x.status === 'open');
      expect(t, `${type} open`).toBeDefined();
      await handle().executeUpdate(completeTaskUpdate, { args: [{ taskId: t!.id, data, actor, auditId: null }] });
    };

    await complete('practice_review', { score: 6, summary: 'Policies exist', areas: ['policy'] }, mentor);
    await complete('gender_review', { rating: 'high' }, expert);
    expect((await live()).stage).toBe('meetings');
    const meetingDay = new Date(await ts.env.currentTimeMs()).toISOString().slice(0, 10);
    await handle().executeUpdate(addRecordUpdate, {
      args: [{ recordId: 'm1', kind: 'meeting', data: { date: meetingDay, attendees: 7 }, actor: mentor, auditId: null }],
    });

    // 29 days after the meeting: no reminder yet; 31 days: one, to the mentor; it repeats.
    await ts.env.sleep(29 * DAY);
    expect(ts.notices(programId, 'template_reminder')).toHaveLength(0);
    await ts.env.sleep(2 * DAY);
    expect(ts.notices(programId, 'template_reminder').map((n) => n.userId)).toEqual([mentor.id]);

    // 60 days into the stage the joint action opens (it opens by timer only).
    expect((await live()).tasks.some((t) => t.type === 'joint_action')).toBe(false);
    await ts.env.sleep(30 * DAY);
    expect((await live()).tasks.find((t) => t.type === 'joint_action')?.status).toBe('open');
    expect(ts.notices(programId, 'template_reminder')).toHaveLength(2);

    // 90 days: the stage ends the cycle, and cycle 2 starts with its first stage.
    await ts.env.sleep(31 * DAY);
    const next = await live();
    expect(next).toMatchObject({ cycle: 2, stage: 'review' });
    expect(next.tasks.find((t) => t.type === 'practice_review')?.status).toBe('open');
  });
});
