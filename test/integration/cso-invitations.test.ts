/**
 * Issue 12, invitations of CSO members: the link is single use, expires, can be revoked, is
 * stored only as a SHA-256 hash, and every step is audited.
 */
import { createHash } from 'node:crypto';
import { freePort } from '../../scripts/lib/ports.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import { startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { startMailCatcher, type Mail } from '../support/smtp';
import { eventually, startStack } from '../support/stack';

const s = signedInSuite({ env: { PUBLIC_URL: 'https://mentorflow.example.org' } });
let orgId: string;

const tokenOf = (link: string) => link.split('/#/invitation/')[1];
const invite = (c: ApiClient, org: string, email: string) =>
  c.post(`/organizations/${org}/invitations`, { email, fullName: 'Ayşe Yılmaz', language: 'tr' });
const accept = (token: string, password = 'a-long-password-1') =>
  s.stack.api.request('POST', `/invitations/${token}/accept`, { body: { password }, token: null });

beforeAll(async () => {
  orgId = (await startInstitutional(s.pm, s.users, 'Invitations')).organizationId;
});

describe('invitations', () => {
  it('the mentor invites; without SMTP the link is returned once; the token is stored only as its SHA-256 hash', async () => {
    const r = await invite(s.mentor, orgId, 'ayse@cso.example.org');
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ email: 'ayse@cso.example.org', fullName: 'Ayşe Yılmaz', status: 'pending', emailed: false });
    expect(r.body.link).toMatch(/^https:\/\/mentorflow\.example\.org\/#\/invitation\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(r.body.link);
    // Expires after INVITATION_TTL_HOURS (default 168).
    const hours = (new Date(r.body.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(167);
    expect(hours).toBeLessThanOrEqual(168.1);
    const rows = (await s.db.query(`SELECT * FROM invitations WHERE id = $1`, [r.body.id])) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    // The clear token is nowhere in the row, nor in the audit log.
    expect(JSON.stringify(rows[0])).not.toContain(token);
    const audit = (await s.db.query(`SELECT details::text AS d FROM audit_log WHERE action LIKE 'invitation.%'`)) as { d: string }[];
    expect(audit.length).toBeGreaterThan(0);
    for (const a of audit) expect(a.d).not.toContain(token);
    // The listing never shows the link.
    const list = await s.mentor.get(`/organizations/${orgId}/invitations`);
    expect(list.status).toBe(200);
    expect(list.body.data[0]).toMatchObject({ id: r.body.id, status: 'pending', invitedBy: { id: s.users[LOGINS.mentor] } });
    expect(JSON.stringify(list.body)).not.toContain(token);

    // Public: the link shows who is invited, then accepting creates the member and logs them in.
    const shown = await s.stack.api.request('GET', `/invitations/${token}`, { token: null });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ email: 'ayse@cso.example.org', fullName: 'Ayşe Yılmaz' });
    expect(shown.body.organizationName).toMatch(/^Invitations/);
    const short = await accept(token, 'short');
    expect(short.status).toBe(400);
    expect(short.body.errors.password).toMatch(/at least 12/);
    const ok = await accept(token);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.user).toMatchObject({ role: 'cso_member', organizationId: orgId, email: 'ayse@cso.example.org' });
    expect(ok.body.user.organizationName).toMatch(/^Invitations/);
    const me = await s.stack.api.withToken(ok.body.accessToken).get('/auth/me');
    expect(me.body).toMatchObject({ role: 'cso_member', organizationId: orgId });
    // The member signs in with the password they set.
    const login = await s.stack.api.request('POST', '/auth/login', {
      body: { email: 'ayse@cso.example.org', password: 'a-long-password-1' },
      token: null,
    });
    expect(login.status).toBe(200);
    expect(login.body.user.organizationId).toBe(orgId);

    // Reused: refused (410), nothing created twice.
    const again = await accept(token, 'another-password-2');
    expect(again.status).toBe(410);
    expect(again.body.message).toMatch(/already used/);
    expect((await s.stack.api.request('GET', `/invitations/${token}`, { token: null })).status).toBe(410);
    expect((await s.db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'ayse@cso.example.org'`))[0].n).toBe(1);
    const members = await s.mentor.get(`/organizations/${orgId}/members`);
    expect(members.body.data).toEqual([{ id: ok.body.user.id, fullName: 'Ayşe Yılmaz', email: 'ayse@cso.example.org', isActive: true }]);
    // The member lists their organisation's members, but not its invitations.
    const own = s.stack.api.withToken(ok.body.accessToken);
    expect((await own.get(`/organizations/${orgId}/members`)).status).toBe(200);
    expect((await own.get(`/organizations/${orgId}/invitations`)).status).toBe(403);
    // Audited: invite, accept, refused accept.
    const actions = (await s.db.query(`SELECT action, result FROM audit_log WHERE action LIKE 'invitation.%' ORDER BY "at"`)) as {
      action: string;
      result: string;
    }[];
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'invitation.create', result: 'ok' },
        { action: 'invitation.accept', result: 'ok' },
        { action: 'invitation.accept', result: 'rejected' },
      ]),
    );
  });

  it('expired and revoked links are refused (410, saying which); an unknown one is 404', async () => {
    const expiring = await invite(s.pm, orgId, 'late@cso.example.org');
    expect(expiring.status).toBe(201);
    await s.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.body.id]);
    const late = await accept(tokenOf(expiring.body.link));
    expect(late.status).toBe(410);
    expect(late.body.message).toMatch(/expired/);
    expect(
      (await s.pm.get(`/organizations/${orgId}/invitations`)).body.data.find((i: { id: string }) => i.id === expiring.body.id).status,
    ).toBe('expired');
    expect((await s.pm.delete(`/organizations/${orgId}/invitations/${expiring.body.id}`)).status).toBe(409);

    const revoked = await invite(s.pm, orgId, 'revoked@cso.example.org');
    const del = await s.pm.delete(`/organizations/${orgId}/invitations/${revoked.body.id}`);
    expect(del.status, JSON.stringify(del.body)).toBe(200);
    const refused = await accept(tokenOf(revoked.body.link));
    expect(refused.status).toBe(410);
    expect(refused.body.message).toMatch(/revoked/);
    expect(
      (await s.db.query(`SELECT count(*)::int AS n FROM users WHERE email IN ('late@cso.example.org', 'revoked@cso.example.org')`))[0].n,
    ).toBe(0);

    expect((await s.stack.api.request('GET', `/invitations/${'x'.repeat(43)}`, { token: null })).status).toBe(404);
    expect((await accept('not-a-token')).status).toBe(404);
  });

  it('parallel accepts of one link create one member (row lock)', async () => {
    const r = await invite(s.pm, orgId, 'race@cso.example.org');
    const results = await Promise.all(Array.from({ length: 4 }, () => accept(tokenOf(r.body.link))));
    expect(results.map((x) => x.status).sort()).toEqual([200, 410, 410, 410]);
    expect((await s.db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'race@cso.example.org'`))[0].n).toBe(1);
  });

  it('who may invite: not another mentor, not the gender expert; bad input names the field; a taken e-mail is 409', async () => {
    expect((await invite(s.mentor2, orgId, 'x1@cso.example.org')).status).toBe(403);
    expect((await invite(s.gender, orgId, 'x2@cso.example.org')).status).toBe(403);
    const bad = await s.mentor.post(`/organizations/${orgId}/invitations`, { email: 'not an email', fullName: 'A', language: 'de' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['email', 'fullName', 'language']);
    const extra = await s.mentor.post(`/organizations/${orgId}/invitations`, {
      email: 'y@cso.example.org',
      fullName: 'Yusuf',
      role: 'admin',
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors.role).toBeDefined();
    const taken = await invite(s.mentor, orgId, LOGINS.mentor2);
    expect(taken.status).toBe(409);
    expect(taken.body.errors.email).toBeDefined();
    expect((await invite(s.pm, '00000000-0000-4000-8000-000000000000', 'z@cso.example.org')).status).toBe(404);
    // Staff cannot make a cso_member through /users (members join by invitation).
    const viaUsers = await (
      await s.stack.api.login(LOGINS.admin, DEMO_PASSWORD)
    ).post('/users', { email: 'u@cso.example.org', fullName: 'U U', role: 'cso_member', password: 'a-long-password-1' });
    expect(viaUsers.status).toBe(400);
    expect(viaUsers.body.errors.role).toMatch(/invitation/);
  });
});

describe('invitation e-mail', () => {
  it('with SMTP configured the outbox mails the link to the invitee (who is not a user yet); emailed: true', async () => {
    const inbox: Mail[] = [];
    const port = await freePort();
    const smtp = await startMailCatcher(port, inbox);
    const mailing = await startStack({
      env: { DATABASE_URL: s.stack.env.DATABASE_URL, SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://mentorflow.example.org' },
    });
    try {
      const c = await mailing.api.login(LOGINS.pm, DEMO_PASSWORD);
      const r = await invite(c, orgId, 'mailed@cso.example.org');
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.emailed).toBe(true);
      const mail = await eventually(async () => inbox.find((m) => m.to.includes('mailed@cso.example.org')));
      // Quoted-printable soft line breaks joined again.
      const text = mail.raw.replace(/=\r?\n/g, '');
      expect(text).toContain(r.body.link);
      const [n] = (await s.db.query(
        `SELECT user_id, emailed_at, email_pending FROM notifications WHERE type = 'invitation' AND recipient_email = 'mailed@cso.example.org'`,
      )) as Record<string, unknown>[];
      expect(n).toMatchObject({ user_id: null, email_pending: false });
      expect(n.emailed_at).not.toBeNull();
      // The mailed link works.
      expect((await accept(tokenOf(r.body.link))).status).toBe(200);
    } finally {
      await mailing.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

describe('demo CSO member', () => {
  it('with the demo users, cso@mentorflow.local signs in and follows a running program of its demo organisation', async () => {
    const demo = await startStack({
      worker: false,
      env: { DATABASE_URL: s.stack.env.DATABASE_URL, SEED_DEMO_USERS: 'true', DEMO_PASSWORD },
    });
    try {
      const cso = await eventually(async () => {
        const r = await demo.api.request('POST', '/auth/login', {
          body: { email: 'cso@mentorflow.local', password: DEMO_PASSWORD },
          token: null,
        });
        return r.status === 200 ? demo.api.withToken(r.body.accessToken) : null;
      });
      const me = (await cso.get('/auth/me')).body;
      expect(me).toMatchObject({ role: 'cso_member', organizationName: expect.stringMatching(/demo/) });
      const programs = await eventually(async () => {
        const r = await cso.get('/programs');
        return r.body.length ? r.body : null;
      });
      expect(programs).toEqual([expect.objectContaining({ organizationId: me.organizationId, type: 'institutional', status: 'active' })]);
      expect((await cso.get('/organizations')).body.map((o: { id: string }) => o.id)).toEqual([me.organizationId]);
    } finally {
      await demo.close();
    }
  });
});
