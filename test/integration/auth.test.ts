import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ worker: false, env: { LOGIN_THROTTLE_LIMIT: '3' } });
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
