import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  // Its own database: the throttle's counters live in PostgreSQL, and this file locks accounts.
  stack = await startStack({ worker: false, ownDatabase: true, env: { LOGIN_THROTTLE_LIMIT: '3' } });
});
afterAll(() => stack?.close());

describe('POST /api/auth/login', () => {
  it('returns a token and the user for good credentials', async () => {
    const res = await stack.api.request('POST', '/auth/login', { body: { email: LOGINS.pm, password: DEMO_PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(res.body.user).toMatchObject({ email: LOGINS.pm, role: 'program_manager', fullName: expect.any(String) });
    expect(res.body.user.id).toMatch(/^[0-9a-f-]{36}$/);
    const me = await stack.api.withToken(res.body.accessToken).get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: res.body.user.id, role: 'program_manager' });
  });

  it('accepts the e-mail in any case and with spaces', async () => {
    const res = await stack.api.post('/auth/login', { email: '  PM@Mentorflow.local ', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(LOGINS.pm);
  });

  it('rejects a wrong password with 401 and the same message as an unknown user', async () => {
    const wrong = await stack.api.post('/auth/login', { email: LOGINS.admin, password: 'not-the-password' });
    const unknown = await stack.api.post('/auth/login', { email: 'nobody@mentorflow.local', password: 'whatever1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ statusCode: 401, message: 'Invalid email or password' });
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('names the bad fields on malformed input and rejects unknown fields', async () => {
    const res = await stack.api.post('/auth/login', { email: 'not-an-email', password: '', remember: true });
    expect(res.status).toBe(400);
    expect(res.body.statusCode).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['email', 'password', 'remember']);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('throttles repeated failed logins with 429, even for the right password afterwards', async () => {
    const email = LOGINS.gender;
    for (let i = 0; i < 3; i++) {
      const r = await stack.api.post('/auth/login', { email, password: `wrong-${i}-pass` });
      expect(r.status).toBe(401);
    }
    const blocked = await stack.api.post('/auth/login', { email, password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/try again in \d+ seconds/);
    // Other accounts are not locked by it.
    const other = await stack.api.post('/auth/login', { email: LOGINS.mentor, password: DEMO_PASSWORD });
    expect(other.status).toBe(200);
    // The counters are in PostgreSQL: another replica (or the API after a restart) sees the lockout.
    const replica = await startStack({ worker: false, env: { ...stack.env, LOGIN_THROTTLE_LIMIT: '3' } });
    try {
      const again = await replica.api.post('/auth/login', { email, password: DEMO_PASSWORD });
      expect(again.status).toBe(429);
    } finally {
      await replica.close();
    }
    // The lockout and the refused attempts are in the audit log.
    const admin = await stack.api.login(LOGINS.admin, DEMO_PASSWORD);
    const lockouts = await admin.get('/audit', { filter: { action: 'auth.lockout' } });
    expect(lockouts.body.map((e: any) => e.details.email)).toContain(email);
    const failed = await admin.get('/audit', { filter: { action: 'auth.login', result: 'rejected' }, range: [0, 99] });
    const mine = failed.body.filter((e: any) => e.details.email === email);
    expect(mine.filter((e: any) => e.details.reason === 'wrong password')).toHaveLength(3);
    expect(mine.some((e: any) => e.details.reason === 'throttled')).toBe(true);
    const ok = await admin.get('/audit', { filter: { action: 'auth.login', result: 'ok', actorId: other.body.user.id } });
    expect(ok.body.length).toBeGreaterThanOrEqual(1);
  });

  it('answers in about the same time whether or not the account exists (one argon2 verification each)', async () => {
    // Each attempt from its own client address (X-Forwarded-For from loopback is trusted) so the
    // address limit does not interfere; a fresh unknown e-mail each time.
    const timed = async (email: string, i: number) => {
      const started = performance.now();
      const res = await fetch(`${stack.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${i}.1` },
        body: JSON.stringify({ email, password: 'wrong-password-123' }),
      });
      expect(res.status).toBe(401);
      return performance.now() - started;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    // Existing accounts in turn, at most 2 wrong passwords each (the e-mail limit is 3 here).
    const accounts = ['mentor2', 'mentor3', 'mentor4', 'mentor5'].map((m) => `${m}@mentorflow.local`);
    for (let i = 0; i < 6; i++) {
      known.push(await timed(accounts[i % accounts.length], i));
      unknown.push(await timed(`nobody-${i}@mentorflow.local`, 100 + i));
    }
    // Without the dummy verification an unknown account answers in a few ms, a known one in tens.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });
});

describe('passwords and revoked tokens', () => {
  const newUser = async (admin: Awaited<ReturnType<Stack['api']['login']>>, tag: string) => {
    const email = `${tag}-${Date.now()}@mentorflow.local`;
    const created = await admin.post('/users', { email, fullName: `User ${tag}`, role: 'mentor', password: 'first-password-123' });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, email };
  };

  it('refuses passwords shorter than 12 characters, naming password', async () => {
    const admin = await stack.api.login(LOGINS.admin, DEMO_PASSWORD);
    const res = await admin.post('/users', {
      email: `short-${Date.now()}@mentorflow.local`,
      fullName: 'Short',
      role: 'mentor',
      password: 'elevenchars',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.password).toMatch(/at least 12 characters/);
    const u = await newUser(admin, 'short-update');
    const upd = await admin.put(`/users/${u.id}`, { password: 'mentorflow' });
    expect(upd.status).toBe(400);
    expect(Object.keys(upd.body.errors)).toEqual(['password']);
  });

  it('logout revokes the token (POST /api/auth/logout)', async () => {
    const pm = await stack.api.login(LOGINS.pm, DEMO_PASSWORD);
    expect((await pm.get('/auth/me')).status).toBe(200);
    const out = await pm.post('/auth/logout');
    expect(out.status).toBe(204);
    const after = await pm.get('/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/revoked/i);
    // Logging in again gives a working token.
    expect((await (await stack.api.login(LOGINS.pm, DEMO_PASSWORD)).get('/auth/me')).status).toBe(200);
  });

  it('a password change and a deactivation revoke the tokens issued before', async () => {
    const admin = await stack.api.login(LOGINS.admin, DEMO_PASSWORD);
    const u = await newUser(admin, 'revoke');
    const session = await stack.api.login(u.email, 'first-password-123');
    expect((await session.get('/auth/me')).status).toBe(200);
    expect((await admin.put(`/users/${u.id}`, { fullName: 'Renamed User' })).status).toBe(200);
    expect((await session.get('/auth/me')).status, 'a rename keeps the session').toBe(200);
    expect((await admin.put(`/users/${u.id}`, { password: 'second-password-456' })).status).toBe(200);
    expect((await session.get('/auth/me')).status).toBe(401);
    const second = await stack.api.login(u.email, 'second-password-456');
    expect((await second.get('/auth/me')).status).toBe(200);
    expect((await admin.put(`/users/${u.id}`, { isActive: false })).status).toBe(200);
    expect((await second.get('/auth/me')).status).toBe(401);
    expect((await admin.put(`/users/${u.id}`, { isActive: true })).status).toBe(200);
    expect((await second.get('/auth/me')).status, 'reactivation does not revive old tokens').toBe(401);
  });

  it('403s on programs and tasks are audited with who and what', async () => {
    const mentor = await stack.api.login(LOGINS.mentor, DEMO_PASSWORD);
    const denied = await mentor.post('/programs', { organizationId: '00000000-0000-4000-8000-000000000000' });
    expect(denied.status).toBe(403);
    const admin = await stack.api.login(LOGINS.admin, DEMO_PASSWORD);
    const me = await mentor.get('/auth/me');
    const entries = await admin.get('/audit', { filter: { action: 'access.denied', actorId: me.body.id } });
    expect(entries.body[0]).toMatchObject({
      targetType: 'program',
      result: 'rejected',
      details: { method: 'POST', path: '/api/programs' },
    });
  });
});

describe('tokens', () => {
  it('rejects requests without a token, with a malformed one and with an expired one', async () => {
    expect((await stack.api.request('GET', '/organizations', { token: null })).status).toBe(401);
    expect((await stack.api.request('GET', '/organizations', { token: 'abc.def.ghi' })).status).toBe(401);
    const shortLived = await startStack({ worker: false, env: { JWT_EXPIRES_IN_SECONDS: '1' } });
    try {
      const client = await shortLived.api.login(LOGINS.pm, DEMO_PASSWORD);
      expect((await client.get('/auth/me')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2100));
      const expired = await client.get('/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body.message).toMatch(/expired/i);
    } finally {
      await shortLived.close();
    }
  });
});

describe('OpenAPI', () => {
  it('describes the API at /api/docs-json (and serves the docs page at /api/docs)', async () => {
    const res = await fetch(`${stack.baseUrl}/api/docs-json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { info: { title: string }; paths: Record<string, object>; components: { securitySchemes: object } };
    expect(doc.info.title).toBe('Mentorflow API');
    for (const path of ['/api/auth/login', '/api/organizations', '/api/organizations/{id}', '/api/users', '/api/health']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
    const page = await fetch(`${stack.baseUrl}/api/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/swagger/i);
  });
});
