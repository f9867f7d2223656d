/**
 * Issue 9, bad input: every case below answered 500 (or was accepted) before; each is now a 400
 * naming the field, and nothing is started or written.
 *   2  list filter values, non-uuid ids, range=[1e20,1e20]
 *   3  bodies that are not JSON objects
 *   5  a cohort start without a gender expert
 *   10 visits dated after today; duration minimums and cross-checks
 *   12 null fields, lone surrogates, NUL in JSON and in a CSV row, deep JSON, audit from/to
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIT_FILTERS,
  EVENT_FILTERS,
  IMPROVEMENT_FILTERS,
  NOTIFICATION_FILTERS,
  ORGANIZATION_FILTERS,
  PROGRAM_FILTERS,
  TASK_FILTERS,
  USER_FILTERS,
  VISIT_FILTERS,
} from '../../api/common/list-filters';
import { latestToday } from '../../api/visits/visit-date';
import { LOGINS } from '../support/demo';
import type { ApiClient, ApiResponse } from '../support/http';
import * as data from '../support/institutional-data';
import { completeToPlan, createOrg, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const s = signedInSuite();
let program: { id: string; workflowId: string };

const NOT_A_UUID = 'x';

function expect400(r: ApiResponse, field: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body.statusCode).toBe(400);
  expect(r.body.errors, JSON.stringify(r.body)).toHaveProperty([field]);
}

const count = async (sql: string, params: unknown[] = []) => ((await s.db.query(sql, params)) as { n: number }[])[0].n;

beforeAll(async () => {
  expect((await s.admin.put('/config/institutional/durations', { durations: data.FAST })).status).toBe(200);
  program = await startInstitutional(s.pm, s.users, 'Hardening input');
  await completeToPlan(s.mentor, s.gender, program.id);
});

describe('list filters (item 2)', () => {
  it('the probes from the issue are a 400 naming the filter', async () => {
    expect400(await s.pm.get('/tasks', { filter: { programId: NOT_A_UUID } }), 'filter.programId');
    expect400(await s.pm.get('/tasks', { filter: { id: [] } }), 'filter.id');
    expect400(await s.pm.get('/programs', { filter: { mentorId: { a: 1 } } }), 'filter.mentorId');
    expect400(await s.pm.get('/improvements', { filter: { year: 'abc' } }), 'filter.year');
  });

  it('every list checks every filter value by its type', async () => {
    const probes: [string, Record<string, unknown>, string][] = [
      ['/programs', { id: NOT_A_UUID }, 'filter.id'],
      ['/programs', { organizationId: [NOT_A_UUID] }, 'filter.organizationId'],
      ['/programs', { genderExpertId: 42 }, 'filter.genderExpertId'],
      ['/programs', { status: 'sleeping' }, 'filter.status'],
      ['/programs', { stage: ['implementation', 'nowhere'] }, 'filter.stage'],
      ['/programs', { type: 'other' }, 'filter.type'],
      ['/programs', { q: { $ne: 1 } }, 'filter.q'],
      ['/tasks', { overdue: 'maybe' }, 'filter.overdue'],
      ['/tasks', { year: 1e20 }, 'filter.year'],
      ['/tasks', { assigneeId: NOT_A_UUID }, 'filter.assigneeId'],
      ['/tasks', { organizationId: NOT_A_UUID }, 'filter.organizationId'],
      ['/tasks', { type: 'nap' }, 'filter.type'],
      ['/tasks', { status: ['open', 7] }, 'filter.status'],
      ['/improvements', { programId: NOT_A_UUID }, 'filter.programId'],
      ['/improvements', { status: 'maybe' }, 'filter.status'],
      ['/improvements', { element: 'vibes' }, 'filter.element'],
      ['/visits', { programId: NOT_A_UUID }, 'filter.programId'],
      ['/visits', { mentorId: [NOT_A_UUID] }, 'filter.mentorId'],
      ['/visits', { mode: 'pigeon' }, 'filter.mode'],
      ['/visits', { year: '1.5' }, 'filter.year'],
      ['/notifications', { programId: NOT_A_UUID }, 'filter.programId'],
      ['/notifications', { unread: 'yes' }, 'filter.unread'],
      ['/notifications', { type: 'spam' }, 'filter.type'],
      ['/audit', { actorId: NOT_A_UUID }, 'filter.actorId'],
      ['/audit', { result: 'meh' }, 'filter.result'],
      ['/audit', { from: 'yesterday' }, 'filter.from'],
      ['/audit', { to: '2027-02-30' }, 'filter.to'],
      ['/audit', { from: 12 }, 'filter.from'],
      ['/users', { id: [NOT_A_UUID] }, 'filter.id'],
      ['/users', { role: 'king' }, 'filter.role'],
      ['/users', { isActive: 'sometimes' }, 'filter.isActive'],
      ['/organizations', { id: NOT_A_UUID }, 'filter.id'],
      ['/organizations', { city: [] }, 'filter.city'],
      ['/organizations', { fieldOfWork: ['a', 'b'] }, 'filter.fieldOfWork'],
      ['/events', { organizationId: NOT_A_UUID }, 'filter.organizationId'],
      ['/events', { id: [] }, 'filter.id'],
      ['/events', { kind: 'party' }, 'filter.kind'],
    ];
    const failures: string[] = [];
    for (const [path, filter, field] of probes) {
      const r = await s.pm.get(path, { filter });
      if (r.status !== 400 || !r.body.errors?.[field])
        failures.push(`${path} ${JSON.stringify(filter)} -> ${r.status} ${JSON.stringify(r.body)}`);
    }
    expect(failures).toEqual([]);
  });

  it('no filter value on any list is a server error, for a manager or a mentor', async () => {
    const lists: [string, Record<string, unknown>][] = [
      ['/programs', PROGRAM_FILTERS],
      ['/tasks', TASK_FILTERS],
      ['/improvements', IMPROVEMENT_FILTERS],
      ['/visits', VISIT_FILTERS],
      ['/notifications', NOTIFICATION_FILTERS],
      ['/audit', AUDIT_FILTERS],
      ['/users', USER_FILTERS],
      ['/organizations', ORGANIZATION_FILTERS],
      ['/events', EVENT_FILTERS],
    ];
    const values: unknown[] = [
      'x',
      '',
      [],
      ['x'],
      [1],
      {},
      { a: 1 },
      1e20,
      -1,
      1.5,
      true,
      null,
      'true',
      '2027-02-30',
      'x'.repeat(300),
      Array(600).fill(program.id),
    ];
    let requests = 0;
    const serverErrors: string[] = [];
    for (const client of [s.pm, s.mentor]) {
      for (const [path, spec] of lists) {
        for (const key of Object.keys(spec)) {
          for (const value of values) {
            const r = await client.get(path, { filter: { [key]: value } });
            requests += 1;
            if (r.status >= 500 || (r.status === 400 && !Object.keys(r.body.errors ?? {}).some((f) => f.startsWith('filter')))) {
              serverErrors.push(`${path} ${key}=${JSON.stringify(value).slice(0, 40)} -> ${r.status}`);
            }
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(1000);
    expect(serverErrors).toEqual([]);
  }, 120_000);

  it('valid filters still work, including lists of ids and booleans as text', async () => {
    const r = await s.pm.get('/tasks', { filter: { programId: [program.id], status: ['completed'], year: '1' } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toHaveLength(3);
    expect((await s.pm.get('/tasks', { filter: { programId: program.id, overdue: 'false' } })).status).toBe(200);
    const items = await s.mentor.get('/improvements', { filter: { programId: program.id, year: 1, status: ['planned', 'in_progress'] } });
    expect(items.status).toBe(200);
    expect(items.body).toHaveLength(4);
    const audit = await s.pm.get('/audit', { filter: { targetId: program.id, from: '2020-01-01', to: `${latestToday()}T23:59:59.999` } });
    expect(audit.status).toBe(200);
    expect(audit.body.length).toBeGreaterThan(0);
  });

  it('range=[1e20,1e20] and a repeated parameter are a 400 naming it', async () => {
    for (const path of ['/programs', '/tasks', '/organizations', '/audit', '/users']) {
      expect400(await s.pm.get(path, { range: '[1e20,1e20]' }), 'range');
    }
    const url = new URL('/api/programs?sort=["createdAt","ASC"]&sort=["stage","ASC"]', s.stack.baseUrl);
    const r = await s.pm.request('GET', `/programs${url.search}`);
    expect400(r, 'sort');
  });

  it('a non-uuid id in a path is a 400, never a 500', async () => {
    for (const path of ['/programs/x', '/tasks/x', '/organizations/x', '/users/x', '/events/x', '/organizations/x/timeline']) {
      const r = await s.pm.get(path);
      expect(r.status, path).toBe(400);
    }
    expect((await s.pm.put('/improvements/x', { status: 'done' })).status).toBe(400);
    expect((await s.pm.post('/notifications/x/read')).status).toBe(400);
  });
});

describe('OpenAPI document', () => {
  it('still builds, with the new workload route and the CSV import taking text/csv', async () => {
    const r = await fetch(new URL('/api/docs-json', s.stack.baseUrl));
    expect(r.status).toBe(200);
    const doc = (await r.json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>> };
    expect(doc.paths).toHaveProperty(['/api/users/{id}/workload']);
    expect(Object.keys(doc.paths['/api/organizations/import'].post.requestBody!.content).sort()).toEqual(['application/json', 'text/csv']);
  });
});

describe('bodies that are not JSON objects (item 3)', () => {
  it('an array to withdraw is a 400 and the program keeps running', async () => {
    const r = await s.pm.post(`/programs/${program.id}/signals/withdraw`, ['please']);
    expect400(r, 'body');
    expect((await s.pm.get(`/programs/${program.id}`)).body.live.status).toBe('active');
  });

  it('arrays, strings, numbers and null are refused on every kind of route', async () => {
    const task = (await s.mentor.get('/tasks', { filter: { programId: program.id, status: 'open' } })).body[0];
    const routes: [string, string][] = [
      ['POST', `/programs/${program.id}/signals/pause`],
      ['POST', `/programs/${program.id}/visits`],
      ['POST', '/organizations'],
      ['POST', '/events'],
      ['POST', '/programs'],
      ['PUT', `/users/${s.users[LOGINS.mentor]}`],
      ['PUT', '/config/institutional'],
      ['POST', `/tasks/${task?.id ?? '00000000-0000-4000-8000-000000000000'}/complete`],
    ];
    const failures: string[] = [];
    for (const [method, path] of routes) {
      for (const raw of ['[]', '[{"reason":"x"}]', '"text"', '42', 'null']) {
        const client = path.startsWith('/tasks') ? s.mentor : path.startsWith('/users') || path.startsWith('/config') ? s.admin : s.pm;
        const r = await client.request(method, path, { rawBody: raw });
        if (r.status !== 400 || !r.body.errors?.body) failures.push(`${method} ${path} ${raw} -> ${r.status} ${JSON.stringify(r.body)}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await s.pm.get(`/programs/${program.id}`)).body.live.status).toBe('active');
  });
});

describe('cohort start without a gender expert (item 5)', () => {
  it('is a 400 naming genderExpertId, and nothing starts', async () => {
    const orgId = await createOrg(s.pm, 'Cohort no gender');
    const before = await count('SELECT count(*)::int AS n FROM programs');
    const r = await s.pm.post('/programs/cohort', {
      type: 'institutional',
      items: [{ organizationId: orgId, mentorId: s.users[LOGINS.mentor] }],
    });
    expect400(r, 'genderExpertId');
    expect(JSON.stringify(r.body)).not.toMatch(/uuid|syntax|QueryFailed|invalid input/i);
    // Not a gender expert: refused per item with the field's message, not PostgreSQL's text.
    const wrong = await s.pm.post('/programs/cohort', {
      type: 'institutional',
      genderExpertId: s.users[LOGINS.mentor],
      items: [{ organizationId: orgId, mentorId: s.users[LOGINS.mentor] }],
    });
    expect(wrong.status).toBe(200);
    expect(wrong.body.results[0]).toMatchObject({
      ok: false,
      statusCode: 400,
      message: expect.stringMatching(/genderExpertId must be an active gender expert/),
    });
    expect(await count('SELECT count(*)::int AS n FROM programs')).toBe(before);
  });
});

describe('visits and durations (item 10)', () => {
  it('a visit dated after today is a 400 naming date; today is accepted', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await s.mentor.post(`/programs/${program.id}/visits`, {
      date: tomorrow,
      mode: 'phone',
      durationMinutes: 30,
      notes: 'Not yet',
    });
    expect400(future, 'date');
    expect(future.body.errors.date).toMatch(/after today/);
    // With other bad fields, all are named at once.
    const several = await s.mentor.post(`/programs/${program.id}/visits`, {
      date: '2999-01-01',
      mode: 'pigeon',
      durationMinutes: 0,
      notes: '',
    });
    expect(Object.keys(several.body.errors).sort()).toEqual(['date', 'durationMinutes', 'mode', 'notes']);
    expect(await count('SELECT count(*)::int AS n FROM visits WHERE program_id = $1', [program.id])).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const ok = await s.mentor.post(`/programs/${program.id}/visits`, {
      date: today,
      mode: 'phone',
      durationMinutes: 30,
      notes: 'Called the board',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });

  it('durations have minimums and cross-checks, naming the field, and no version is saved', async () => {
    const before = (await s.admin.get('/config/institutional')).body.version;
    const DAY = 86_400_000;
    // Due after the year ends.
    expect400(
      await s.admin.put('/config/institutional/durations', { durations: { yearLength: 365 * DAY, selfAssessmentDue: 400 * DAY } }),
      'durations.selfAssessmentDue',
    );
    // The year shortened below a due period: the changed field is named.
    const shortYear = await s.admin.put('/config/institutional/durations', { durations: { yearLength: 30_000 } });
    expect400(shortYear, 'durations.yearLength');
    // A reminder every few seconds in a year of days (seconds typed instead of milliseconds).
    expect400(
      await s.admin.put('/config/institutional/durations', { durations: { yearLength: 365 * DAY, noContactReminder: 45 * 86_400 } }),
      'durations.noContactReminder',
    );
    expect400(
      await s.admin.put('/config/institutional/durations', { durations: { yearLength: 365 * DAY, visitCadence: 5000 } }),
      'durations.visitCadence',
    );
    // Below a second.
    expect400(await s.admin.put('/config/institutional/durations', { durations: { reEvaluationDue: 30 } }), 'durations.reEvaluationDue');
    // Advocacy: check-ins more often than 500 times during implementation, or never.
    expect400(
      await s.admin.put('/config/advocacy', { durations: { implementationLength: 180 * DAY, checkinCadence: 30 * 86_400 } }),
      'durations.checkinCadence',
    );
    expect400(
      await s.admin.put('/config/advocacy', { durations: { implementationLength: 10 * DAY, checkinCadence: 30 * DAY } }),
      'durations.checkinCadence',
    );
    expect((await s.admin.get('/config/institutional')).body.version).toBe(before);
    // A coherent change is saved.
    expect((await s.admin.put('/config/institutional/durations', { durations: { ...data.FAST, yearLength: 120_000 } })).status).toBe(200);
  });
});

describe('other 500s found by fuzzing (item 12)', () => {
  it('PUT /organizations/:id with null in any field is a 400 naming it, and nothing changes', async () => {
    const id = await createOrg(s.pm, 'Nulls');
    const before = (await s.pm.get(`/organizations/${id}`)).body;
    for (const field of ['name', 'city', 'fieldOfWork', 'contactPerson', 'email', 'phone']) {
      expect400(await s.pm.put(`/organizations/${id}`, { [field]: null }), field);
    }
    const after = (await s.pm.get(`/organizations/${id}`)).body;
    for (const field of ['name', 'city', 'fieldOfWork', 'contactPerson', 'email', 'phone']) expect(after[field]).toBe(before[field]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'organization.update' AND target_id = $1`, [id])).toBe(0);
    // The same for users and events.
    for (const field of ['fullName', 'role', 'isActive', 'password']) {
      expect400(await s.admin.put(`/users/${s.users[LOGINS.mentor2]}`, { [field]: null }), field);
    }
    const other = await createOrg(s.pm, 'Nulls peer');
    const ev = await s.pm.post('/events', {
      kind: 'meeting',
      date: '2026-11-20',
      topic: 'Peer learning on nulls',
      organizationIds: [id, other],
    });
    expect(ev.status, JSON.stringify(ev.body)).toBe(201);
    for (const field of ['kind', 'date', 'topic', 'notes', 'organizationIds']) {
      expect400(await s.pm.put(`/events/${ev.body.id}`, { [field]: null }), field);
    }
  });

  it('null in any field of any write is never a server error', async () => {
    const orgA = await createOrg(s.pm, 'Null probe A');
    const orgB = await createOrg(s.pm, 'Null probe B');
    const ev = (
      await s.pm.post('/events', { kind: 'workshop', date: '2026-11-21', topic: 'Null probe workshop', organizationIds: [orgA, orgB] })
    ).body;
    const writes: [ApiClient, string, string, Record<string, unknown>][] = [
      [
        s.pm,
        'POST',
        '/organizations',
        {
          name: 'Null probe C',
          city: 'Van',
          fieldOfWork: 'Youth',
          contactPerson: 'Ali Veli',
          email: 'a@example.org',
          phone: '+90 432 111 11 11',
        },
      ],
      [
        s.pm,
        'POST',
        '/programs',
        { organizationId: orgA, type: 'advocacy', mentorId: s.users['mentor3@mentorflow.local'], override: false, startDate: '2026-11-01' },
      ],
      [
        s.pm,
        'POST',
        '/programs/cohort/plan',
        { type: 'advocacy', organizationIds: [orgA], mentorIds: [s.users['mentor3@mentorflow.local']] },
      ],
      [
        s.pm,
        'POST',
        '/programs/cohort',
        {
          type: 'institutional',
          items: [{ organizationId: orgB, mentorId: s.users[LOGINS.mentor] }],
          genderExpertId: s.users[LOGINS.gender],
          years: 1,
          startDate: '2026-11-01',
          override: false,
        },
      ],
      [
        s.pm,
        'POST',
        '/events',
        { kind: 'meeting', date: '2026-11-20', topic: 'Null probe meeting', notes: 'n', organizationIds: [orgA, orgB] },
      ],
      [
        s.pm,
        'PUT',
        `/events/${ev.id}`,
        { kind: 'meeting', date: '2026-11-20', topic: 'Null probe meeting', notes: 'n', organizationIds: [orgA, orgB] },
      ],
      [
        s.admin,
        'POST',
        '/users',
        { email: 'null-probe@example.org', fullName: 'Null Probe', role: 'mentor', password: 'a-long-password-1' },
      ],
      [s.admin, 'PUT', '/config/institutional', { durations: data.FAST, elements: [], principles: [], gradeScale: {}, studyTypes: [] }],
      [s.admin, 'PUT', '/config/advocacy', { durations: {}, mentorLimit: 3 }],
      [
        s.mentor,
        'POST',
        `/programs/${program.id}/visits`,
        { date: '2026-11-02', mode: 'phone', durationMinutes: 30, notes: 'n', planItemIds: [] },
      ],
      [s.pm, 'POST', `/programs/${program.id}/signals/pause`, { reason: 'r' }],
      [
        s.pm,
        'POST',
        `/programs/${program.id}/signals/reassign`,
        { mentorId: s.users[LOGINS.mentor], genderExpertId: s.users[LOGINS.gender], override: false },
      ],
      [
        s.pm,
        'POST',
        '/programs/signals/resume',
        { ids: [program.id], reason: 'r', mentorId: s.users[LOGINS.mentor], genderExpertId: s.users[LOGINS.gender], override: false },
      ],
    ];
    const serverErrors: string[] = [];
    for (const [client, method, path, body] of writes) {
      for (const field of Object.keys(body)) {
        const r = await client.request(method, path, { body: { ...body, [field]: null } });
        if (r.status >= 500) serverErrors.push(`${method} ${path} ${field}: null -> ${r.status} ${JSON.stringify(r.body)}`);
      }
    }
    expect(serverErrors).toEqual([]);
  }, 120_000);

  it('an organisation name with a lone surrogate or a NUL is a 400 and no onboarding starts', async () => {
    const orgs = await count('SELECT count(*)::int AS n FROM organizations');
    const base = { city: 'Van', fieldOfWork: 'Youth', contactPerson: 'Ali Veli', email: 'a@example.org', phone: '+90 432 111 11 11' };
    // JSON.stringify would escape the lone surrogate as \ud800 text: send exactly those bytes.
    const surrogate = await s.pm.request('POST', '/organizations', {
      rawBody: JSON.stringify(base).replace('{', '{"name":"Bad \\ud800 name",'),
    });
    expect400(surrogate, 'name');
    expect400(await s.pm.post('/organizations', { ...base, name: 'Bad \u0000 name' }), 'name');
    expect400(await s.pm.put(`/organizations/${await createOrg(s.pm, 'Rename')}`, { name: 'x\u0000y' }), 'name');
    expect(await count('SELECT count(*)::int AS n FROM organizations')).toBe(orgs + 1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'organization.%' AND details::text LIKE '%Bad %'`)).toBe(
      0,
    );
  });

  it('a NUL in a CSV row makes that row a bad row; the rest of the file is imported', async () => {
    const csv = [
      'name;city;fieldOfWork;contactPerson;email;phone',
      'Temiz Satır Derneği;Van;Children;Aylin Ak;temiz@example.org;+90 432 111 11 11',
      'Bozuk\u0000 Satır;Muş;Youth;Ali Veli;ali@example.org;+90 436 111 11 11',
      'İkinci Temiz Vakıf;Kars;Education;Ece Öz;ece@example.org;+90 474 111 11 11',
    ].join('\n');
    const r = await s.pm.request('POST', '/organizations/import', { rawBody: csv, headers: { 'content-type': 'text/csv; charset=utf-8' } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.created.map((c: { row: number }) => c.row)).toEqual([2, 4]);
    expect(r.body.rejected).toEqual([{ row: 3, name: null, errors: { name: expect.stringMatching(/NUL/) } }]);
    expect(await count(`SELECT count(*)::int AS n FROM organizations WHERE city = 'Muş' AND name LIKE 'Bozuk%'`)).toBe(0);
    // Inside JSON the whole body is refused by the input guard, naming csv.
    expect400(await s.pm.post('/organizations/import', { csv }), 'csv');
    // A raw CSV import is for managers only, like the JSON one.
    expect(
      (await s.mentor.request('POST', '/organizations/import', { rawBody: csv, headers: { 'content-type': 'text/csv' } })).status,
    ).toBe(403);
  });

  it('JSON nested 5,000 deep is a 400 and nothing is written', async () => {
    const visits = await count('SELECT count(*)::int AS n FROM visits');
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const r = await s.mentor.request('POST', `/programs/${program.id}/visits`, {
      rawBody: `{"date":"2026-11-02","mode":"phone","durationMinutes":30,"notes":"deep","planItemIds":${deep}}`,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(Object.keys(r.body.errors)[0]).toMatch(/^planItemIds/);
    const org = await s.pm.request('POST', '/organizations', { rawBody: `{"name":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}` });
    expect(org.status).toBe(400);
    expect(await count('SELECT count(*)::int AS n FROM visits')).toBe(visits);
  });

  it('audit from/to that are not dates are a 400 naming them', async () => {
    expect400(await s.pm.get('/audit', { filter: { from: 'not a date' } }), 'filter.from');
    expect400(await s.pm.get('/audit', { filter: { to: '2027-13-01' } }), 'filter.to');
    expect400(await s.pm.get('/audit', { filter: { to: ['2027-01-01'] } }), 'filter.to');
  });
});
