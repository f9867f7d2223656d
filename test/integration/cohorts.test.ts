/**
 * Running a cohort: CSV import (bad rows listed, good rows kept), balanced cohort start with
 * advocacy limits, bulk controls, peer-learning events on the organization timeline, dashboards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { LOGINS } from '../support/demo';
import * as inst from '../support/institutional-data';
import { createOrg, institutionalBody } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: inst.FAST });
  await s.admin.put('/config/advocacy', { durations: adv.FAST, mentorLimit: 2 });
});

describe('CSV import', () => {
  it('creates the good rows, lists the bad ones with reasons, and writes nothing for them', async () => {
    const csv = [
      'Name;City;Field of work;Contact person;Email;Phone',
      'Umut Derneği;Van;Children;Aylin Ak;umut@example.org;+90 432 111 11 11',
      'X;Muş;Youth;Ali Veli;ali@example.org;+90 436 111 11 11',
      'Kardelen Vakfı;Kars;Education;Ece Öz;not-an-email;+90 474 111 11 11',
      'Dayanışma Kooperatifi;Bitlis;Women;Nur Can;nur@example.org;call me',
      'Umut Derneği;Van;Children;Aylin Ak;umut@example.org;+90 432 111 11 11',
      'Yeşil Adım;Ağrı;Environment;Cem Su;cem@example.org;+90 472 111 11 11',
    ].join('\n');
    const r = await s.pm.post('/organizations/import', { csv });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.created.map((c: { row: number; name: string }) => [c.row, c.name])).toEqual([
      [2, 'Umut Derneği'],
      [7, 'Yeşil Adım'],
    ]);
    expect(r.body.rejected.map((x: { row: number; errors: object }) => [x.row, Object.keys(x.errors)])).toEqual([
      [3, ['name']],
      [4, ['email']],
      [5, ['phone']],
      [6, ['name']],
    ]);
    expect(r.body.rejected[3].errors.name).toMatch(/twice/);
    const list = await s.pm.get('/organizations', { filter: { city: 'Kars' } });
    expect(list.body).toEqual([]);
    // Imported again: both good rows now exist, so every row is refused.
    const again = await s.pm.post('/organizations/import', { csv });
    expect(again.body.created).toEqual([]);
    expect(again.body.rejected.find((x: { row: number }) => x.row === 2).errors.name).toMatch(/already exists/);
    // A file without the needed columns, an empty one, and a mentor: refused.
    const noHeader = await s.pm.post('/organizations/import', { csv: 'foo,bar\n1,2' });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors.csv).toMatch(/header lacks/);
    expect((await s.pm.post('/organizations/import', { csv: '' })).status).toBe(400);
    expect((await s.mentor.post('/organizations/import', { csv })).status).toBe(403);
  });
});

describe('cohort start', () => {
  it('balances mentors, respects the advocacy limit, and reports what started and what not', async () => {
    const orgs = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => createOrg(s.pm, `Cohort ${i}`)));
    const mentors = [s.users[LOGINS.mentor], s.users['mentor2@mentorflow.local']];
    const plan = await s.pm.post('/programs/cohort/plan', { type: 'advocacy', organizationIds: orgs, mentorIds: mentors });
    expect(plan.status).toBe(200);
    const assigned = plan.body.assignments.filter((a: { mentorId: string | null }) => a.mentorId);
    // Two mentors, limit 2 each: four CSOs get a mentor, two are left unassigned with the reason.
    expect(assigned).toHaveLength(4);
    expect(plan.body.assignments.filter((a: { reason?: string }) => a.reason).map((a: { reason: string }) => a.reason)).toEqual([
      'every mentor is at the limit of 2 advocacy CSOs',
      'every mentor is at the limit of 2 advocacy CSOs',
    ]);
    const perMentor = (id: string) => assigned.filter((a: { mentorId: string }) => a.mentorId === id).length;
    expect([perMentor(mentors[0]), perMentor(mentors[1])]).toEqual([2, 2]);

    // Start the planned four plus one forced onto a full mentor: that one is refused (409), the rest start.
    const items = [
      ...assigned.map((a: { organizationId: string; mentorId: string }) => ({ organizationId: a.organizationId, mentorId: a.mentorId })),
      { organizationId: orgs[5], mentorId: mentors[0] },
    ];
    const started = await s.pm.post('/programs/cohort', { type: 'advocacy', items });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ started: 4, failed: 1 });
    expect(started.body.results[4]).toMatchObject({ organizationId: orgs[5], ok: false, statusCode: 409 });
    expect(started.body.results[4].message).toMatch(/limit 2/);
    const list = await s.pm.get('/programs', { filter: { type: 'advocacy' } });
    expect(list.headers.get('content-range')).toBe('programs 0-3/4');

    const badInput = await s.pm.post('/programs/cohort', { type: 'advocacy', items: [{ organizationId: 'x', mentorId: mentors[0] }] });
    expect(badInput.status).toBe(400);
    expect(badInput.body.errors).toHaveProperty('items.0.organizationId');
  });

  it('pauses and resumes many programs at once, each answered on its own', async () => {
    const ids = (await s.pm.get('/programs', { filter: { type: 'advocacy' } })).body.map((p: { id: string }) => p.id);
    const paused = await s.pm.post('/programs/signals/pause', { ids, reason: 'Summer break' });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ accepted: ids.length, refused: 0 });
    await eventually(async () => (await s.pm.get('/programs', { filter: { status: 'paused' } })).body.length === ids.length);
    const again = await s.pm.post('/programs/signals/pause', { ids: ids.slice(0, 1) });
    expect(again.body).toMatchObject({ accepted: 0, refused: 1 });
    expect(again.body.results[0].statusCode).toBe(409);
    expect((await s.pm.post('/programs/signals/resume', { ids })).body.accepted).toBe(ids.length);
    await eventually(async () => (await s.pm.get('/programs', { filter: { status: 'active' } })).body.length === ids.length);
    expect((await s.mentor.post('/programs/signals/pause', { ids })).status).toBe(403);
    expect((await s.pm.post('/programs/signals/explode', { ids })).status).toBe(404);
  });
});

describe('peer learning, timeline and dashboards', () => {
  it('records an event on each attending organization’s timeline and shows role dashboards', async () => {
    const [a, b] = await Promise.all([createOrg(s.pm, 'Peer A'), createOrg(s.pm, 'Peer B')]);
    const bad = await s.pm.post('/events', { kind: 'party', date: '2027-13-01', topic: 'x', organizationIds: [a] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['date', 'kind', 'organizationIds', 'topic']);
    const ev = await s.pm.post('/events', {
      kind: 'meeting',
      date: '2027-05-20',
      topic: 'Financial procedures in small CSOs',
      organizationIds: [a, b],
    });
    expect(ev.status).toBe(201);
    const p = (await s.pm.post('/programs', institutionalBody(s.users, { organizationId: a }))).body;
    const timeline = await eventually(async () => {
      const t = (await s.pm.get(`/organizations/${a}/timeline`)).body as { kind: string; title: string }[];
      return t.length >= 2 ? t : null;
    });
    expect(timeline.map((e) => e.kind).sort()).toEqual(['peer_meeting', 'program_started']);
    expect((await s.pm.get(`/organizations/${b}/timeline`)).body.map((e: { kind: string }) => e.kind)).toEqual(['peer_meeting']);
    // Mentor 1 sees the event through organization A; the PM dashboard counts the new program.
    expect((await s.mentor.get('/events')).body.map((e: { id: string }) => e.id)).toContain(ev.body.id);
    const dash = (await s.pm.get('/dashboard')).body;
    expect(dash.role).toBe('program_manager');
    expect(dash.programsByStage.institutional.self_assessment).toBeGreaterThanOrEqual(1);
    expect(dash.visitsPerMentorThisMonth).toHaveLength(5);
    // The first task appears once the workflow's first projection is written: wait for it.
    const md = await eventually(async () => {
      const d = (await s.mentor.get('/dashboard')).body;
      return d.dueTasks.some((t: { programId: string; type: string }) => t.programId === p.id && t.type === 'self_assessment') ? d : null;
    });
    expect(md.portfolio.map((x: { id: string }) => x.id)).toContain(p.id);
    const gd = (await s.gender.get('/dashboard')).body;
    expect(gd).toMatchObject({ role: 'gender_expert', reportsToWrite: [], reviewsDue: [] });
    // Audit log: filter by program and by action family.
    const audit = await s.pm.get('/audit', { filter: { targetId: p.id } });
    expect(audit.body.map((x: { action: string }) => x.action)).toContain('program.start');
    const signals = await s.admin.get('/audit', { filter: { action: 'workflow.signal' } });
    expect(signals.body.length).toBeGreaterThan(0);
    expect(signals.body.every((x: { action: string }) => x.action.startsWith('workflow.signal.'))).toBe(true);
    expect((await s.mentor.get('/audit')).status).toBe(403);
  });
});
