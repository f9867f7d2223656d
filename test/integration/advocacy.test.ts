/**
 * Advocacy mentorship through the HTTP API on the real servers: the whole path with one draft
 * sent back and revised, check-ins until the end, and the bad inputs the issue lists.
 */
import { describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { LOGINS } from '../support/demo';
import { completeOpen, createOrg, openTask, institutionalBody } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

async function startAdvocacy(label: string, mentorEmail: string = LOGINS.mentor, extra: object = {}) {
  const r = await s.pm.post('/programs', {
    organizationId: await createOrg(s.pm, label),
    type: 'advocacy',
    mentorId: s.users[mentorEmail],
    ...extra,
  });
  return r;
}

describe('advocacy mentorship', () => {
  it('runs from needs assessment to completion, with a draft sent back and revised', async () => {
    await s.admin.put('/config/advocacy', { durations: { ...adv.FAST, implementationLength: 7000, checkinCadence: 2500 } });
    const started = await startAdvocacy('Roma Rights');
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const p = started.body;
    expect(p).toMatchObject({ type: 'advocacy', stage: 'needs_assessment', status: 'active', genderExpertId: null });

    await completeOpen(s.mentor, p.id, 'needs_assessment', adv.needs());
    // The curriculum must answer needs of the assessment.
    const cur = await openTask(s.mentor, p.id, 'curriculum');
    expect((await s.mentor.get(`/tasks/${cur.id}`)).body.context.needs.needs).toHaveLength(2);
    const notTied = adv.curriculum();
    notTied.modules[0].needIds = ['N9'];
    notTied.modules[1].needIds = [];
    const bad = await s.mentor.post(`/tasks/${cur.id}/complete`, notTied);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['modules.0.needIds.0', 'modules.1.needIds']);
    await completeOpen(s.mentor, p.id, 'curriculum', adv.curriculum());
    await completeOpen(s.mentor, p.id, 'training', adv.training());
    await completeOpen(s.mentor, p.id, 'issue_workshop', adv.workshop());

    // Draft 1: missing objectives is refused; then submitted and sent back with comments.
    const noObjectives = { ...adv.plan(), objectives: [] };
    const refused = await s.mentor.post(`/programs/${p.id}/plan-drafts`, noObjectives);
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.errors)).toEqual(['objectives']);
    const d1 = await s.mentor.post(`/programs/${p.id}/plan-drafts`, adv.plan('Roma children in school'));
    expect(d1.status, JSON.stringify(d1.body)).toBe(200);
    expect(d1.body.program.stage).toBe('plan_review');
    const review = await openTask(s.mentor, p.id, 'plan_review');
    const ctx = (await s.mentor.get(`/tasks/${review.id}`)).body.context;
    expect(ctx.planVersions).toHaveLength(1);
    expect((await s.mentor.post(`/tasks/${review.id}/complete`, { decision: 'request_changes', comments: 'ok' })).status).toBe(400);
    await completeOpen(s.mentor, p.id, 'plan_review', { decision: 'request_changes', comments: 'Make the goal measurable, with a date' });

    // Draft 2 answers the comments and is approved.
    const back = (await s.pm.get(`/programs/${p.id}`)).body;
    expect(back.stage).toBe('plan_drafting');
    expect(back.live.planVersions[0].review).toMatchObject({
      decision: 'request_changes',
      comments: 'Make the goal measurable, with a date',
    });
    expect((await s.mentor.post(`/programs/${p.id}/plan-drafts`, adv.plan())).status).toBe(200);
    // Nobody approves a draft they authored (issue 12): the mentor drafted, the program manager approves.
    await completeOpen(s.pm, p.id, 'plan_review', { decision: 'approve', comments: 'Ready to present' });
    await completeOpen(s.mentor, p.id, 'presentation', adv.presentation());

    const locked = (await s.pm.get(`/programs/${p.id}`)).body;
    expect(locked).toMatchObject({ stage: 'implementation_support', details: { finalPlanVersion: 2, latestPlanVersion: 2 } });
    expect(locked.details.planLockedAt).toEqual(expect.any(String));
    // Editing the locked plan is refused and changes nothing.
    const edit = await s.mentor.post(`/programs/${p.id}/plan-drafts`, adv.plan('A different goal for the same CSO'));
    expect(edit.status).toBe(409);
    expect(edit.body.message).toMatch(/locked/);
    expect((await s.pm.get(`/programs/${p.id}`)).body.live.planVersions).toHaveLength(2);

    // Periodic check-ins until the configured end, then completion with an outcome.
    await completeOpen(s.mentor, p.id, 'implementation_checkin', adv.checkin('in_progress'));
    const badCheckin = await (async () => {
      const t = await openTask(s.mentor, p.id, 'implementation_checkin');
      return s.mentor.post(`/tasks/${t.id}/complete`, { ...adv.checkin(), indicatorProgress: [{ indicator: 7, status: 'achieved' }] });
    })();
    expect(badCheckin.status).toBe(400);
    expect(Object.keys(badCheckin.body.errors)).toEqual(['indicatorProgress.0.indicator']);
    await completeOpen(s.mentor, p.id, 'implementation_checkin', adv.checkin('achieved'));
    const done = await eventually(async () => {
      const r = await s.pm.get(`/programs/${p.id}`);
      return r.body.status === 'completed' ? r.body : null;
    }, 20_000);
    expect(done.details.outcome).toMatchObject({
      checkins: 2,
      finalPlanVersion: 2,
      achieved: 1,
      indicators: [
        { indicator: 'Campaign adopted by council', status: 'achieved' },
        { indicator: 'Transport budget line created', status: 'not_started' },
      ],
    });
    const audit = await s.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action LIKE 'workflow.update.%' AND result = 'ok'`,
      [p.id],
    );
    expect(audit[0].n).toBeGreaterThanOrEqual(11);
  });

  it('refuses a sixth CSO for a mentor unless the program manager overrides, also when reassigning', async () => {
    await s.admin.put('/config/advocacy', { mentorLimit: 5 });
    for (let i = 0; i < 5; i++) expect((await startAdvocacy(`Limit ${i}`, LOGINS.mentor2)).status).toBe(201);
    const before = (await s.pm.get('/programs', { filter: { type: 'advocacy', mentorId: s.users[LOGINS.mentor2] } })).headers.get(
      'content-range',
    );
    const sixth = await startAdvocacy('Limit 6', LOGINS.mentor2);
    expect(sixth.status).toBe(409);
    expect(sixth.body.message).toMatch(/already follows 5 advocacy CSOs \(limit 5\)/);
    expect(
      (await s.pm.get('/programs', { filter: { type: 'advocacy', mentorId: s.users[LOGINS.mentor2] } })).headers.get('content-range'),
    ).toBe(before);
    const overridden = await startAdvocacy('Limit 6 override', LOGINS.mentor2, { override: true });
    expect(overridden.status).toBe(201);

    // Reassigning a mentor-1 CSO to the full mentor 2: refused, then allowed with the override.
    const other = (await startAdvocacy('Reassign')).body;
    const refused = await s.pm.post(`/programs/${other.id}/signals/reassign`, { mentorId: s.users[LOGINS.mentor2] });
    expect(refused.status).toBe(409);
    expect((await s.pm.post(`/programs/${other.id}/signals/reassign`, { mentorId: s.users[LOGINS.mentor2], override: true })).status).toBe(
      202,
    );
    await eventually(async () => (await s.pm.get(`/programs/${other.id}`)).body.mentorId === s.users[LOGINS.mentor2]);
  });

  it('refuses the wrong role and lets an organization take part in both programs at once', async () => {
    const orgId = await createOrg(s.pm, 'Both programs');
    const a = await s.pm.post('/programs', { organizationId: orgId, type: 'advocacy', mentorId: s.users[LOGINS.mentor] });
    expect(a.status).toBe(201);
    const i = await s.pm.post('/programs', institutionalBody(s.users, { organizationId: orgId }));
    expect(i.status).toBe(201);
    expect((await s.pm.post('/programs', { organizationId: orgId, type: 'advocacy', mentorId: s.users[LOGINS.mentor] })).status).toBe(409);
    expect((await s.pm.post('/programs', { organizationId: orgId, type: 'institutional', mentorId: s.users[LOGINS.mentor] })).status).toBe(
      400,
    );

    const t = await openTask(s.mentor, a.body.id, 'needs_assessment');
    expect((await s.gender.post(`/tasks/${t.id}/complete`, adv.needs())).status).toBe(403);
    expect((await s.mentor2.post(`/tasks/${t.id}/complete`, adv.needs())).status).toBe(403);
    expect((await s.mentor.post('/programs', { organizationId: orgId, type: 'advocacy', mentorId: s.users[LOGINS.mentor] })).status).toBe(
      403,
    );
    expect((await s.gender.get('/tasks', { filter: { programId: a.body.id } })).body).toEqual([]);
    expect((await s.mentor.get(`/tasks/${t.id}`)).body.status).toBe('open');
    expect((await s.pm.post(`/programs/${a.body.id}/signals/close-year`, {})).status).toBe(409);
  });
});
