/**
 * Issue 12, security: a CSO member of organisation A calls EVERY operation of the OpenAPI document
 * (/api/docs-json, so a new endpoint is covered as soon as it exists), with the ids of
 * organisation A and of organisation B, and with list filters naming B. Zero leaks: no answer
 * holds anything of B (its name, notes, people, ids it was not asked about) or any mentor's
 * internal note; every operation not meant for CSO members is 403; B's records are 403/404 and
 * B's filters give empty lists.
 */
import { scopeOrganizations } from '../../api/organizations/organization-access';
import { canSeeProgram, scopePrograms } from '../../api/programs/program-access';
import { beforeAll, describe, expect, it } from 'vitest';
import { inviteMember } from '../support/cso';
import { LOGINS } from '../support/demo';
import type { ApiClient, ApiResponse } from '../support/http';
import * as inst from '../support/institutional-data';
import { completeToPlan, createOrg, openTask, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

/** The operations meant for CSO members (scoped to their organisation). Everything else must be 403. */
const CSO_ALLOWED = new Set([
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'GET /api/programs',
  'GET /api/programs/{id}',
  'POST /api/programs/{id}/plan-drafts',
  'GET /api/programs/{id}/resources',
  'GET /api/programs/{id}/reports/self-assessment',
  'GET /api/programs/{id}/member-grading',
  'PUT /api/programs/{id}/member-grading/mine',
  'GET /api/programs/{id}/shares',
  'GET /api/programs/{id}/feedback',
  'POST /api/programs/{id}/feedback',
  'GET /api/programs/{id}/upcoming',
  'GET /api/tasks',
  'GET /api/tasks/{id}',
  'POST /api/tasks/{id}/complete',
  'GET /api/tasks/{id}/draft',
  'PUT /api/tasks/{id}/draft',
  'DELETE /api/tasks/{id}/draft',
  'GET /api/drafts/{key}',
  'PUT /api/drafts/{key}',
  'DELETE /api/drafts/{key}',
  'GET /api/notifications',
  'POST /api/notifications/{id}/read',
  'GET /api/improvements',
  'GET /api/improvements/{id}/progress',
  'POST /api/improvements/{id}/progress',
  'GET /api/visits',
  'GET /api/events',
  'GET /api/events/{id}',
  'GET /api/config/{type}',
  'GET /api/program-templates/{key}/versions/{version}',
  'GET /api/resources',
  'GET /api/resources/{id}',
  'GET /api/organizations',
  'GET /api/organizations/{id}',
  'GET /api/organizations/{id}/members',
  'GET /api/dashboard',
]);
/** Need no token at all. */
const PUBLIC = new Set(['POST /api/auth/login', 'GET /api/health', 'GET /api/invitations/{token}', 'POST /api/invitations/{token}/accept']);

const s = signedInSuite();
let member: ApiClient;
interface Side {
  org: string;
  orgName: string;
  inst: string;
  adv: string;
  task: string;
  item: string;
  event: string;
  invitation: string;
  user: string;
}
let A: Side, B: Side;
let resource: string;
let peerOrg: string;

const stamp = Date.now().toString(36);
const MARK = {
  internalA: `INTERNAL-NOTE-A-${stamp}`,
  internalB: `INTERNAL-NOTE-B-${stamp}`,
  sharedB: `SHARED-VISIT-NOTE-B-${stamp}`,
  eventB: `EVENT-ONLY-B-${stamp}`,
  genderFindingsA: `GENDER-FINDINGS-A-UNSHARED-${stamp}`,
  genderPlanNotesA: `GENDER-PLAN-REVIEW-NOTES-A-${stamp}`,
};

async function side(
  label: string,
  m: ApiClient,
  mentorEmail: string,
  marks: { internal: string; shared: string; findings: string },
): Promise<Side> {
  const p = await startInstitutional(s.pm, s.users, `Matrix ${label}`, { mentorId: s.users[mentorEmail] });
  const org = p.organizationId;
  const orgName = (await s.pm.get(`/organizations/${org}`)).body.name as string;
  const a = await s.pm.post('/programs', { organizationId: org, type: 'advocacy', mentorId: s.users[mentorEmail] });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  await completeToPlan(m, s.gender, p.id, { report: { ...inst.genderReport(), findings: marks.findings } });
  const today = new Date().toISOString().slice(0, 10);
  const v = await m.post(`/programs/${p.id}/visits`, {
    date: today,
    mode: 'face_to_face',
    durationMinutes: 90,
    notes: marks.shared,
    internalNotes: marks.internal,
  });
  expect(v.status, JSON.stringify(v.body)).toBe(201);
  const task = await openTask(m, a.body.id, 'needs_assessment');
  const items = (await s.pm.get('/improvements', { filter: { programId: p.id } })).body as { id: string }[];
  const ev = await s.pm.post('/events', {
    kind: 'meeting',
    date: today,
    topic: `${label === 'B' ? MARK.eventB : 'Event of A'}`,
    organizationIds: [org, peerOrg],
  });
  expect(ev.status, JSON.stringify(ev.body)).toBe(201);
  const inv = await m.post(`/organizations/${org}/invitations`, {
    email: `pending-${label}-${stamp}@cso.example.org`,
    fullName: `Pending ${label}`,
  });
  expect(inv.status).toBe(201);
  return {
    org,
    orgName,
    inst: p.id,
    adv: a.body.id,
    task: task.id,
    item: items[0].id,
    event: ev.body.id,
    invitation: inv.body.id,
    user: '',
  };
}

beforeAll(async () => {
  peerOrg = await createOrg(s.pm, 'Matrix peer');
  [A, B] = await Promise.all([
    side('A', s.mentor, LOGINS.mentor, {
      internal: MARK.internalA,
      shared: `Shared visit note of A ${stamp}`,
      findings: MARK.genderFindingsA,
    }),
    side('B', s.mentor2, LOGINS.mentor2, { internal: MARK.internalB, shared: MARK.sharedB, findings: `GENDER-FINDINGS-B-${stamp}` }),
  ]);
  const a = await inviteMember(s.mentor, A.org, 'matrix-a');
  member = a.api;
  A.user = a.userId;
  B.user = (await inviteMember(s.mentor2, B.org, 'matrix-b')).userId;
  // A peer meeting both organisations attend: A's member must not learn that B attends.
  expect(
    (
      await s.pm.post('/events', {
        kind: 'workshop',
        date: new Date().toISOString().slice(0, 10),
        topic: 'Shared workshop',
        notes: `Organiser notes ${MARK.eventB}`,
        organizationIds: [A.org, B.org],
      })
    ).status,
  ).toBe(201);
  const r = await s.pm.post('/resources', {
    kind: 'link',
    url: 'https://example.org/guide',
    titleEn: 'Guide',
    titleTr: 'Rehber',
    elements: ['governance'],
    studyTypes: ['strategic_planning'],
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  resource = r.body.id;
}, 240_000);

const RANDOM_UUID = '00000000-0000-4000-8000-00000000abcd';

/** Fills a path's parameters with the ids of one side. */
function fill(path: string, s: Side, programKey: 'inst' | 'adv'): string {
  const top = path.split('/')[2];
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'id') {
      switch (top) {
        case 'programs':
          return s[programKey];
        case 'tasks':
          return s.task;
        case 'organizations':
          return s.org;
        case 'events':
          return s.event;
        case 'improvements':
          return s.item;
        case 'users':
          return s.user;
        case 'resources':
          return resource;
        case 'notifications':
        case 'files':
        default:
          return RANDOM_UUID;
      }
    }
    if (name === 'invitationId') return s.invitation;
    if (name === 'key') return top === 'drafts' ? `visit:${s.inst}` : 'institutional';
    if (name === 'type') return 'institutional';
    if (name === 'name') return 'pause';
    if (name === 'version') return '1';
    if (name === 'token') return 'x'.repeat(43);
    return RANDOM_UUID;
  });
}

/** List filters naming side B, for the list operations that accept them. */
function bFilters(filterable: string[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  if (filterable.includes('organizationId')) out.push({ organizationId: B.org });
  if (filterable.includes('programId')) out.push({ programId: B.inst }, { programId: B.adv });
  if (filterable.includes('mentorId')) out.push({ mentorId: s.users[LOGINS.mentor2] });
  if (filterable.includes('id')) out.push({ id: B.inst }, { id: B.org });
  return out;
}

const asText = (r: ApiResponse) => (typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? ''));

describe('role matrix: cso_member of A over every operation', () => {
  it('leaks nothing of B nor any internal note; closed operations are 403; B ids are refused and B filters are empty', async () => {
    const doc = (await fetch(`${s.stack.baseUrl}/api/docs-json`).then((r) => r.json())) as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string; schema?: { properties?: Record<string, unknown> } }[] }>
      >;
    };
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, op]) => ({ method: m.toUpperCase(), path, op })),
    );
    expect(ops.length).toBeGreaterThan(60);
    const bIds = [B.org, B.inst, B.adv, B.task, B.item, B.event, B.invitation, B.user, s.users[LOGINS.mentor2]];
    const leaks: string[] = [];
    const wrong: string[] = [];
    let calls = 0;
    const statuses = { ok: 0, forbidden: 0 };
    const check = (label: string, r: ApiResponse, asked: string) => {
      calls++;
      const text = asText(r);
      for (const mark of [B.orgName, MARK.internalA, MARK.internalB, MARK.sharedB, MARK.eventB, MARK.genderFindingsA, 'Mehmet Mentor']) {
        if (text.includes(mark)) leaks.push(`${label} -> ${r.status} contains "${mark}"`);
      }
      for (const id of bIds) if (!asked.includes(id) && text.includes(id)) leaks.push(`${label} -> ${r.status} contains B's id ${id}`);
      if (r.status >= 500) wrong.push(`${label} -> ${r.status}`);
      if (r.status < 300) statuses.ok++;
      if (r.status === 403) statuses.forbidden++;
    };

    for (const { method, path, op } of ops) {
      const key = `${method} ${path}`;
      // Public routes need no role; logging out would end the member's session mid-run (it is called last, below).
      if (PUBLIC.has(key) || key === 'POST /api/auth/logout') continue;
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      for (const programKey of ['inst', 'adv'] as const) {
        for (const [sideName, s] of [
          ['A', A],
          ['B', B],
        ] as const) {
          const url = fill(path, s, programKey).replace(/^\/api/, '');
          const r = await member.request(method, url, { body });
          const label = `${key} [${sideName}/${programKey}] ${url}`;
          check(label, r, url);
          if (!CSO_ALLOWED.has(key)) {
            if (r.status !== 403) wrong.push(`${label} -> ${r.status}, expected 403 (not a CSO operation)`);
          } else if (
            sideName === 'B' &&
            path.includes('{') &&
            r.status < 400 &&
            !url.includes('/config/') &&
            !url.includes('/program-templates/') &&
            !url.startsWith('/resources/') &&
            !url.startsWith('/drafts/')
          ) {
            wrong.push(`${label} -> ${r.status}, expected 403/404 for B's record`);
          }
          if (!path.includes('{')) break;
        }
        if (!path.includes('{programs') && !path.startsWith('/api/programs/{id}')) break;
      }
      // Lists with filters naming B: empty.
      const filterParam = op.parameters?.find((p) => p.name === 'filter');
      if (method === 'GET' && CSO_ALLOWED.has(key) && filterParam && !path.includes('{')) {
        for (const f of bFilters(Object.keys(filterParam.schema?.properties ?? {}))) {
          const r = await member.get(path.replace(/^\/api/, ''), { filter: f });
          const label = `${key} filter=${JSON.stringify(f)}`;
          check(label, r, JSON.stringify(f));
          if (r.status === 200 && Array.isArray(r.body) && r.body.length) wrong.push(`${label} -> ${r.body.length} rows, expected none`);
        }
      }
    }
    expect(calls).toBeGreaterThan(ops.length);
    // The detector itself works: the same checks on staff answers about B do find B.
    const before = leaks.length;
    check('control: pm GET /visits', await s.pm.get('/visits', { filter: { programId: B.inst } }), '');
    check('control: mentor2 GET /organizations/B', await s.mentor2.get(`/organizations/${B.org}`), '');
    check('control: pm GET /events', await s.pm.get('/events'), '');
    const found = leaks.splice(before);
    expect(found.some((l) => l.includes(MARK.internalB))).toBe(true);
    expect(found.some((l) => l.includes(MARK.sharedB))).toBe(true);
    expect(found.some((l) => l.includes(B.orgName))).toBe(true);
    expect(found.some((l) => l.includes(MARK.eventB))).toBe(true);
    // Both kinds of answers happened: A's own records answered, closed and foreign ones refused.
    expect(statuses.ok).toBeGreaterThan(20);
    expect(statuses.forbidden).toBeGreaterThan(60);
    expect(leaks).toEqual([]);
    expect(wrong).toEqual([]);
  });

  it('sees its own organisation: one organisation, its programs, visits without internal notes, unshared gender report absent', async () => {
    const orgs = await member.get('/organizations');
    expect(orgs.body.map((o: { id: string }) => o.id)).toEqual([A.org]);
    const programs = await member.get('/programs');
    expect(programs.body.map((p: { id: string }) => p.id).sort()).toEqual([A.inst, A.adv].sort());
    const visits = await member.get('/visits');
    expect(visits.body).toHaveLength(1);
    expect(visits.body[0].notes).toContain('Shared visit note of A');
    expect('internalNotes' in visits.body[0]).toBe(false);
    // The mentor sees the internal note.
    const staff = await s.mentor.get('/visits', { filter: { programId: A.inst } });
    expect(staff.body[0].internalNotes).toBe(MARK.internalA);
    const page = await member.get(`/programs/${A.inst}`);
    expect(page.status).toBe(200);
    for (const k of ['workflowId', 'managerId', 'genderExpertId', 'temporalUiUrl']) expect(k in page.body).toBe(false);
    const gr = page.body.live.tasks.find((t: { type: string }) => t.type === 'gender_report');
    expect(gr.data).toBeNull();
    const sa = page.body.live.tasks.find((t: { type: string }) => t.type === 'self_assessment');
    expect(sa.data.elements).toBeDefined();
    const me = await member.get('/auth/me');
    expect(me.body).toMatchObject({ role: 'cso_member', organizationId: A.org, organizationName: A.orgName });
    const dash = await member.get('/dashboard');
    expect(dash.body.role).toBe('cso_member');
    expect(dash.body.programs.map((p: { id: string }) => p.id).sort()).toEqual([A.inst, A.adv].sort());
  });

  it("logging out ends the member's session", async () => {
    expect((await member.post('/auth/logout')).status).toBe(204);
    expect((await member.get('/auth/me')).status).toBe(401);
    member = await member
      .request('POST', '/auth/login', {
        body: { email: (await s.db.query(`SELECT email FROM users WHERE id = $1`, [A.user]))[0].email, password: 'member-password-1' },
        token: null,
      })
      .then((r) => member.withToken(r.body.accessToken));
    expect((await member.get('/auth/me')).status).toBe(200);
  });

  it('an unknown role sees nothing (deny by default at the scope helpers)', async () => {
    // A role the code does not know (a row written by a future version): every scope helper answers nothing.
    const ghost = { id: RANDOM_UUID, email: 'x@y', fullName: 'X', role: 'auditor' as never, organizationId: null };
    expect(() => canSeeProgram(ghost, { mentorId: RANDOM_UUID, genderExpertId: null, organizationId: A.org })).toThrow(/Unknown role/);
    const qb = s.db.createQueryBuilder().select('p.id').from('programs', 'p');
    expect(() => scopePrograms(qb, ghost)).toThrow(/Unknown role/);
    expect(() => scopeOrganizations(s.db.createQueryBuilder().select('o.id').from('organizations', 'o'), ghost)).toThrow(/Unknown role/);
    // A cso_member row without an organisation (the CHECK forbids it; if ever) sees no program.
    const orphan = { ...ghost, role: 'cso_member' as const };
    expect(await scopePrograms(s.db.createQueryBuilder().select('p.id').from('programs', 'p'), orphan).getRawMany()).toEqual([]);
    expect(canSeeProgram(orphan, { mentorId: RANDOM_UUID, genderExpertId: null, organizationId: A.org })).toBe(false);
    await expect(s.db.query(`UPDATE users SET organization_id = NULL WHERE id = $1`, [A.user])).rejects.toThrow(
      /users_cso_member_organization/,
    );
  });
});
