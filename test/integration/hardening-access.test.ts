/**
 * Issue 9, who may do what:
 *   1  peer-learning events: mentors name only their own CSOs and edit only their own events
 *   4  the advocacy mentor limit holds under concurrent reassignments
 *   8  people holding running programs or open tasks are not deactivated or given another role
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { LOGINS } from '../support/demo';
import * as inst from '../support/institutional-data';
import { createOrg, openTask } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

async function institutional(label: string, mentorId: string) {
  const org = await createOrg(s.pm, label);
  const p = await s.pm.post('/programs', {
    organizationId: org,
    type: 'institutional',
    mentorId,
    genderExpertId: s.users[LOGINS.gender],
    years: 1,
  });
  expect(p.status, JSON.stringify(p.body)).toBe(201);
  return { orgId: org, programId: p.body.id as string };
}

beforeAll(async () => {
  expect((await s.admin.put('/config/institutional/durations', { durations: inst.FAST })).status).toBe(200);
  expect((await s.admin.put('/config/advocacy', { durations: adv.FAST, mentorLimit: 2 })).status).toBe(200);
});

describe('peer-learning events (item 1)', () => {
  let own1: string, own2: string, foreign: string;
  beforeAll(async () => {
    own1 = (await institutional('Events own A', s.users[LOGINS.mentor])).orgId;
    own2 = (await institutional('Events own B', s.users[LOGINS.mentor])).orgId;
    foreign = (await institutional('Events foreign', s.users[LOGINS.mentor2])).orgId;
  });
  const event = (organizationIds: string[], topic = 'Peer learning: volunteer management') => ({
    kind: 'meeting',
    date: '2026-11-20',
    topic,
    organizationIds,
  });
  const eventsOf = async (orgId: string) => (await s.pm.get('/events', { filter: { organizationId: orgId } })).body as { id: string }[];

  it('a mentor cannot name another mentor’s CSO (403 naming organizationIds); nothing is written', async () => {
    const r = await s.mentor.post('/events', event([own1, foreign]));
    expect(r.status, JSON.stringify(r.body)).toBe(403);
    expect(r.body.errors.organizationIds).toMatch(/not in your portfolio/);
    expect(await eventsOf(foreign)).toEqual([]);
    const timeline = (await s.pm.get(`/organizations/${foreign}/timeline`)).body as { kind: string }[];
    expect(timeline.filter((t) => t.kind.startsWith('peer_'))).toEqual([]);
    // The refusal is audited.
    expect(
      (await s.pm.get('/audit', { filter: { action: 'event.write', result: 'rejected', actorId: s.users[LOGINS.mentor] } })).body,
    ).toHaveLength(1);
  });

  it('a mentor names their own CSOs; a gender expert creates none', async () => {
    expect((await s.mentor.post('/events', event([own1, own2]))).status).toBe(201);
    expect((await s.gender.post('/events', event([own1, own2]))).status).toBe(403);
  });

  it('a mentor edits only events they created, and never adds a foreign CSO', async () => {
    const managers = await s.pm.post('/events', event([own1, foreign], 'Network meeting run by the program manager'));
    expect(managers.status).toBe(201);
    // Visible to mentor1 (own1 attends) but not theirs to change.
    expect((await s.mentor.get(`/events/${managers.body.id}`)).status).toBe(200);
    const rewrite = await s.mentor.put(`/events/${managers.body.id}`, { organizationIds: [own1, own2] });
    expect(rewrite.status, JSON.stringify(rewrite.body)).toBe(403);
    expect((await s.pm.get(`/events/${managers.body.id}`)).body.organizationIds.sort()).toEqual([own1, foreign].sort());
    expect((await s.mentor.put(`/events/${managers.body.id}`, { topic: 'Renamed by a mentor' })).status).toBe(403);

    const mine = await s.mentor.post('/events', event([own1, own2], 'Mentor’s own workshop'));
    expect((await s.mentor.put(`/events/${mine.body.id}`, { topic: 'Mentor’s own workshop (moved)' })).status).toBe(200);
    const addForeign = await s.mentor.put(`/events/${mine.body.id}`, { organizationIds: [own1, foreign] });
    expect(addForeign.status).toBe(403);
    expect(addForeign.body.errors).toHaveProperty('organizationIds');
    expect((await s.pm.get(`/events/${mine.body.id}`)).body.organizationIds.sort()).toEqual([own1, own2].sort());
    // Another mentor does not even see it; the program manager may edit it; mentors never delete.
    expect((await s.mentor2.put(`/events/${mine.body.id}`, { topic: 'Hijacked' })).status).toBe(404);
    expect((await s.pm.put(`/events/${mine.body.id}`, { organizationIds: [own1, own2, foreign] })).status).toBe(200);
    expect((await s.mentor.delete(`/events/${mine.body.id}`)).status).toBe(403);
  });
});

describe('advocacy mentor limit under concurrent reassignment (item 4)', () => {
  it('four reassignments at once onto a mentor with a limit of 2: two pass, two are 409', async () => {
    const target = s.users['mentor3@mentorflow.local'];
    const from = [
      s.users['mentor4@mentorflow.local'],
      s.users['mentor4@mentorflow.local'],
      s.users['mentor5@mentorflow.local'],
      s.users['mentor5@mentorflow.local'],
    ];
    const programs: string[] = [];
    for (const [i, mentorId] of from.entries()) {
      const org = await createOrg(s.pm, `Limit ${i}`);
      const p = await s.pm.post('/programs', { organizationId: org, type: 'advocacy', mentorId });
      expect(p.status, JSON.stringify(p.body)).toBe(201);
      programs.push(p.body.id);
    }
    const answers = await Promise.all(programs.map((id) => s.pm.post(`/programs/${id}/signals/reassign`, { mentorId: target })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses, JSON.stringify(answers.map((a) => a.body))).toEqual([202, 202, 409, 409]);
    expect(answers.find((a) => a.status === 409)!.body.message).toMatch(/already follows 2 advocacy CSOs \(limit 2\)/);
    // Right after (before any projection could land) the limit still holds for a fifth attempt...
    const org = await createOrg(s.pm, 'Limit late');
    const fifth = await s.pm.post('/programs', { organizationId: org, type: 'advocacy', mentorId: target });
    expect(fifth.status).toBe(409);
    // ...and once the workflows have projected, the mentor follows exactly two.
    const followed = await eventually(async () => {
      const r = await s.pm.get('/programs', { filter: { mentorId: target, type: 'advocacy' } });
      return r.body.length === 2 ? r.body : null;
    });
    expect(followed).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await s.pm.get('/programs', { filter: { mentorId: target, type: 'advocacy' } })).body).toHaveLength(2);
    // The planner counts the same way: mentor3 is full.
    const plan = await s.pm.post('/programs/cohort/plan', { type: 'advocacy', organizationIds: [org], mentorIds: [target] });
    expect(plan.body.assignments[0]).toMatchObject({ mentorId: null, reason: expect.stringMatching(/limit of 2/) });
  });

  it('only managers reassign', async () => {
    const [p] = (await s.pm.get('/programs', { filter: { type: 'advocacy' } })).body;
    expect((await s.mentor.post(`/programs/${p.id}/signals/reassign`, { mentorId: s.users[LOGINS.mentor] })).status).toBe(403);
  });
});

describe('people who hold work (item 8)', () => {
  it('deactivating a mentor or changing their role while they hold work is a 409 with the counts', async () => {
    const created = await s.admin.post('/users', {
      email: `holder${Date.now()}@example.org`,
      fullName: 'Dolu Mentor',
      role: 'mentor',
      password: 'a-long-password-1',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const { programId } = await institutional('Holder', id);
    await openTask(s.pm, programId, 'self_assessment');

    const workload = await s.pm.get(`/users/${id}/workload`);
    expect(workload.body).toEqual({ runningPrograms: 1, openTasks: 1 });
    expect((await s.mentor.get(`/users/${id}/workload`)).status).toBe(403);

    const off = await s.admin.put(`/users/${id}`, { isActive: false });
    expect(off.status, JSON.stringify(off.body)).toBe(409);
    expect(off.body.message).toMatch(/holds 1 running program and 1 open task/);
    expect(off.body.errors).toHaveProperty('isActive');
    const role = await s.admin.put(`/users/${id}`, { role: 'gender_expert' });
    expect(role.status).toBe(409);
    expect(role.body.errors).toHaveProperty('role');
    expect((await s.admin.get(`/users/${id}`)).body).toMatchObject({ isActive: true, role: 'mentor' });
    // Other edits still work, and the refusals are audited.
    expect((await s.admin.put(`/users/${id}`, { fullName: 'Dolu Mentor Hanım' })).status).toBe(200);
    expect((await s.pm.get('/audit', { filter: { targetId: id, result: 'rejected' } })).body).toHaveLength(2);

    // Reassigned first: then the account can be deactivated.
    expect((await s.pm.post(`/programs/${programId}/signals/reassign`, { mentorId: s.users[LOGINS.mentor2] })).status).toBe(202);
    await eventually(async () => {
      const w = (await s.pm.get(`/users/${id}/workload`)).body;
      return w.runningPrograms === 0 && w.openTasks === 0;
    });
    expect((await s.admin.put(`/users/${id}`, { isActive: false })).status).toBe(200);
  });

  it('a gender expert with running programs keeps their role; a user without work changes freely', async () => {
    const g = await s.admin.put(`/users/${s.users[LOGINS.gender]}`, { role: 'mentor' });
    expect(g.status).toBe(409);
    expect(g.body.message).toMatch(/running program/);
    const free = await s.admin.post('/users', {
      email: `free${Date.now()}@example.org`,
      fullName: 'Boş Mentor',
      role: 'mentor',
      password: 'a-long-password-1',
    });
    expect((await s.admin.put(`/users/${free.body.id}`, { role: 'gender_expert' })).status).toBe(200);
    expect((await s.admin.put(`/users/${free.body.id}`, { isActive: false })).status).toBe(200);
    expect((await s.pm.put(`/users/${free.body.id}`, { isActive: true })).status).toBe(403);
  });
});
