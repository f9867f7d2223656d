/**
 * Issue 12, the advocacy plan drafted by the CSO, over HTTP against the real dev server: the
 * mentor hands plan_drafting to the organisation, a member drafts, the mentor reviews (request
 * changes keeps the next draft with the CSO), nobody reviews a version they drafted, a program
 * manager reviews a mentor-drafted version, the presentation locks the plan.
 */
import { TemporalService } from '../../api/temporal/temporal.service';
import { completeTaskUpdate } from '../../workflows/programs/contract';
import { describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { inviteMember } from '../support/cso';
import { LOGINS } from '../support/demo';
import { completeChain, completeOpen, openTask, startInstitutional, startAdvocacy } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

async function advocacy(label: string) {
  const p = await startAdvocacy(s.pm, s.users, label);
  await completeChain(p.id, [
    [s.mentor, 'needs_assessment', adv.needs()],
    [s.mentor, 'curriculum', adv.curriculum()],
    [s.mentor, 'training', adv.training()],
    [s.mentor, 'issue_workshop', adv.workshop()],
  ]);
  await openTask(s.mentor, p.id, 'plan_drafting');
  return { org: p.organizationId, id: p.id };
}

describe('plan drafted by the CSO', () => {
  it('the mentor hands drafting to the CSO; members draft, the mentor reviews, the presentation locks the plan', async () => {
    const { org, id } = await advocacy('Drafting CSO');
    // No member yet: 409 naming drafter.
    const none = await s.mentor.post(`/programs/${id}/plan-drafter`, { drafter: 'cso' });
    expect(none.status).toBe(409);
    expect(none.body.errors.drafter).toMatch(/invite a member first/);
    const first = await inviteMember(s.mentor, org, 'drafter1');
    const second = await inviteMember(s.mentor, org, 'drafter2');
    // Bad input and wrong people.
    const bad = await s.mentor.post(`/programs/${id}/plan-drafter`, { drafter: 'gender_expert' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.drafter).toBeDefined();
    expect((await s.mentor2.post(`/programs/${id}/plan-drafter`, { drafter: 'cso' })).status).toBe(403);
    expect((await first.api.post(`/programs/${id}/plan-drafter`, { drafter: 'cso' })).status).toBe(403);

    const set = await s.mentor.post(`/programs/${id}/plan-drafter`, { drafter: 'cso' });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ drafter: 'cso', drafterId: first.userId });
    expect((await s.mentor.get(`/programs/${id}`)).body.live.planDrafterId).toBe(first.userId);
    expect((await first.api.get(`/programs/${id}`)).body.live.planDrafterId).toBe(first.userId);
    // The open draft moved at once (the update answers after the projection).
    const draft1 = await openTask(first.api, id, 'plan_drafting');
    expect(draft1.assigneeId).toBe(first.userId);
    expect(set.body.movedTaskId).toBe(draft1.id);
    // The mentor no longer holds it.
    expect((await s.mentor.post(`/tasks/${draft1.id}/complete`, adv.plan())).status).toBe(403);
    // The second member (not the assignee) may complete it; bad data names the field.
    const badPlan = await second.api.post(`/tasks/${draft1.id}/complete`, { ...adv.plan(), goal: '' });
    expect(badPlan.status).toBe(400);
    expect(badPlan.body.errors.goal).toBeDefined();
    const drafted = await second.api.post(`/tasks/${draft1.id}/complete`, adv.plan('Roma children in school'));
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(200);

    // The mentor requests changes: the next draft is the CSO's again.
    const review1 = await openTask(s.mentor, id, 'plan_review');
    expect(
      (await s.mentor.post(`/tasks/${review1.id}/complete`, { decision: 'request_changes', comments: 'Make the goal measurable' })).status,
    ).toBe(200);
    const draft2 = await openTask(first.api, id, 'plan_drafting');
    expect(draft2.assigneeId).toBe(first.userId);
    // The member sees the review comments on the program page.
    const page = await first.api.get(`/programs/${id}`);
    expect(page.body.planVersions).toEqual([
      expect.objectContaining({
        version: 1,
        draftedBy: { id: second.userId, fullName: expect.any(String), role: 'cso_member' },
        decision: 'changes_requested',
        reviewComments: 'Make the goal measurable',
        reviewedBy: expect.objectContaining({ id: s.users[LOGINS.mentor], role: 'mentor' }),
      }),
    ]);
    expect((await first.api.post(`/programs/${id}/plan-drafts`, adv.plan())).status).toBe(200);
    const review2 = await openTask(s.mentor, id, 'plan_review');
    expect((await s.mentor.post(`/tasks/${review2.id}/complete`, { decision: 'approve', comments: 'Ready' })).status).toBe(200);
    await completeOpen(s.mentor, id, 'presentation', adv.presentation());
    const done = await eventually(async () => {
      const r = await s.pm.get(`/programs/${id}`);
      return r.body.details.planLockedAt ? r.body : null;
    });
    expect(done.details.finalPlanVersion).toBe(2);
    expect(done.planVersions.map((v: { draftedBy: { role: string } }) => v.draftedBy.role)).toEqual(['cso_member', 'cso_member']);
    // Locked: the drafter can no longer change.
    expect((await s.mentor.post(`/programs/${id}/plan-drafter`, { drafter: 'mentor' })).status).toBe(409);
    // Audited.
    const audit = (await s.db.query(
      `SELECT action, result, actor_id FROM audit_log WHERE target_id = $1 AND action IN ('workflow.update.setPlanDrafter', 'workflow.update.completeTask.plan_drafting')`,
      [id],
    )) as { action: string; result: string; actor_id: string }[];
    expect(audit.filter((a) => a.action === 'workflow.update.setPlanDrafter' && a.result === 'ok')).toHaveLength(1);
    expect(
      audit
        .filter((a) => a.action === 'workflow.update.completeTask.plan_drafting' && a.result === 'ok')
        .map((a) => a.actor_id)
        .sort(),
    ).toEqual([first.userId, second.userId].sort());
  });

  it('nobody reviews a draft they authored: the mentor-drafted version is refused to the mentor (400 naming decision) and reviewed by a program manager', async () => {
    const { id } = await advocacy('Drafting mentor');
    await completeOpen(s.mentor, id, 'plan_drafting', adv.plan());
    const review = await openTask(s.mentor, id, 'plan_review');
    const own = await s.mentor.post(`/tasks/${review.id}/complete`, { decision: 'approve', comments: 'Looks good to me' });
    expect(own.status).toBe(400);
    expect(own.body.errors.decision).toMatch(/you drafted this version/);
    // Nothing changed: still open.
    expect((await s.mentor.get(`/tasks/${review.id}`)).body.status).toBe('open');
    // The workflow's own validator holds the rule too (an update sent past the API).
    const temporal = s.stack.app.get(TemporalService);
    const wf = (await s.pm.get(`/programs/${id}`)).body.workflowId as string;
    const direct = temporal.client.workflow.getHandle(wf).executeUpdate(completeTaskUpdate, {
      args: [
        {
          taskId: review.id,
          data: { decision: 'approve', comments: 'Self-approved' },
          actor: { id: s.users[LOGINS.mentor], email: LOGINS.mentor, role: 'mentor' },
        },
      ],
    });
    await expect(direct).rejects.toThrow();
    const err = await direct.catch((e: { cause?: { details?: { errors?: Record<string, string> }[] } }) => e);
    expect(JSON.stringify((err as { cause?: unknown }).cause ?? err)).toMatch(/you drafted this version/);
    expect((await s.mentor.get(`/tasks/${review.id}`)).body.status).toBe('open');
    // Another mentor may not; a program manager may.
    expect((await s.mentor2.post(`/tasks/${review.id}/complete`, { decision: 'approve', comments: 'x' })).status).toBe(403);
    const byPm = await s.pm.post(`/tasks/${review.id}/complete`, { decision: 'approve', comments: 'Approved by the program manager' });
    expect(byPm.status, JSON.stringify(byPm.body)).toBe(200);
    const page = await s.pm.get(`/programs/${id}`);
    expect(page.body.planVersions[0]).toMatchObject({
      decision: 'approved',
      draftedBy: { id: s.users[LOGINS.mentor], role: 'mentor' },
      reviewedBy: { role: 'program_manager' },
    });
    const refused = (
      await s.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action = 'workflow.update.completeTask.plan_review' AND result = 'rejected'`,
        [id],
      )
    )[0].n;
    expect(refused).toBeGreaterThanOrEqual(1);
  });

  it('plan-drafter is for advocacy only (400 naming drafter); handing back to the mentor moves the open draft back', async () => {
    const p = await startInstitutional(s.pm, s.users, 'Drafting institutional');
    const r = await s.mentor.post(`/programs/${p.id}/plan-drafter`, { drafter: 'cso' });
    expect(r.status).toBe(400);
    expect(r.body.errors.drafter).toMatch(/advocacy/);

    const { org: o2, id } = await advocacy('Drafting back');
    const m = await inviteMember(s.mentor, o2, 'back');
    expect((await s.mentor.post(`/programs/${id}/plan-drafter`, { drafter: 'cso' })).status).toBe(200);
    expect((await openTask(m.api, id, 'plan_drafting')).assigneeId).toBe(m.userId);
    const back = await s.mentor.post(`/programs/${id}/plan-drafter`, { drafter: 'mentor' });
    expect(back.body).toMatchObject({ drafter: 'mentor', drafterId: null });
    expect((await openTask(s.mentor, id, 'plan_drafting')).assigneeId).toBe(s.users[LOGINS.mentor]);
    expect((await m.api.get('/tasks', { filter: { programId: id, status: 'open' } })).body).toEqual([]);
  });
});
