/**
 * Faults the delta core must survive without freezing a program: a projection that PostgreSQL
 * refuses for good (the program is flagged on its page, the dashboard and /api/health, and later
 * actions still apply; the repair command re-projects it), and a stalled SMTP server (updates
 * answer at once; mail goes out later from the outbox, each exactly once).
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports.mjs';
import { repairReadModel } from '../../api/programs/read-model-repair';
import * as adv from '../support/advocacy-data';
import { sql } from '../support/database';
import { DEMO_PASSWORD, LOGINS, loginAs } from '../support/demo';
import type { ApiClient } from '../support/http';
import { completeOpen, completeToPlan, startAdvocacy, startInstitutional, userIds } from '../support/programs';
import { startMailCatcher, type Mail } from '../support/smtp';
import { eventually, startStack, type Stack } from '../support/stack';

describe('a projection PostgreSQL refuses for good', () => {
  let stack: Stack;
  let pm: ApiClient, mentor: ApiClient, gender: ApiClient;
  beforeAll(async () => {
    stack = await startStack({ ownDatabase: true });
    ({ pm, mentor, gender } = await loginAs(stack.api, 'pm', 'mentor', 'gender'));
    // Stands for any data the database cannot take: this visit's row is refused as bad data.
    await sql(
      stack.env.DATABASE_URL,
      `CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger AS $$
       BEGIN IF NEW.notes LIKE '%POISON%' THEN RAISE EXCEPTION 'value refused' USING ERRCODE = '22023'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
       CREATE TRIGGER refuse_poison BEFORE INSERT ON visits FOR EACH ROW EXECUTE FUNCTION refuse_poison();`,
    );
  });
  afterAll(() => stack?.close());

  it('flags the program, keeps applying later actions, and the repair command clears the flag', async () => {
    const users = await userIds(pm);
    const p = await startInstitutional(pm, users, 'Poison', { years: 2, startDate: '2026-09-01' });
    await completeToPlan(mentor, gender, p.id, { genderPlan: false });
    const poisoned = await mentor.post(`/programs/${p.id}/visits`, {
      date: '2026-10-01',
      mode: 'phone',
      durationMinutes: 30,
      notes: 'POISON',
    });
    expect(poisoned.status).toBe(201);
    const flagged = await eventually(async () => {
      const b = (await pm.get(`/programs/${p.id}`)).body;
      return b.readModelError ? b : null;
    });
    expect(flagged.readModelError.reason).toMatch(/refused/);
    expect((await stack.api.request('GET', '/health')).body.readModel).toEqual({ status: 'behind', programsBehind: 1 });
    const dashboard = (await pm.get('/dashboard')).body;
    expect(dashboard.readModelBehind.map((r: { programId: string }) => r.programId)).toContain(p.id);

    // The program is not frozen: the next actions apply and are projected.
    expect(
      (await mentor.post(`/programs/${p.id}/visits`, { date: '2026-10-02', mode: 'video', durationMinutes: 45, notes: 'Fine' })).status,
    ).toBe(201);
    const items = (await mentor.get('/improvements', { filter: { programId: p.id } })).body;
    expect((await mentor.put(`/improvements/${items[0].id}`, { status: 'in_progress' })).status).toBe(200);
    const after = (await pm.get(`/programs/${p.id}`)).body;
    expect(after).toMatchObject({ visitCount: 2, stage: 'implementation' });
    expect(after.live.visitCount).toBe(2);
    expect((await pm.get('/visits', { filter: { programId: p.id } })).body.map((v: { notes: string }) => v.notes)).toEqual(['Fine']);
    expect(
      (await mentor.get('/improvements', { filter: { programId: p.id } })).body.find((i: { id: string }) => i.id === items[0].id).status,
    ).toBe('in_progress');

    // Repair: re-projected from the workflow's state; the flag and the open failure are cleared.
    const [result] = await repairReadModel({ env: stack.env, programIds: [p.id], log: () => undefined });
    expect(result).toMatchObject({ programId: p.id, seq: after.live.stateVersion });
    expect((await pm.get(`/programs/${p.id}`)).body.readModelError).toBeNull();
    expect((await stack.api.request('GET', '/health')).body.readModel).toEqual({ status: 'up', programsBehind: 0 });
    const failures = await sql<{ repaired_at: Date | null }>(
      stack.env.DATABASE_URL,
      `SELECT repaired_at FROM projection_failures WHERE program_id = $1`,
      [p.id],
    );
    expect(failures).toHaveLength(1);
    expect(failures[0].repaired_at).not.toBeNull();
  });
});

describe('a stalled SMTP server', () => {
  let stack: Stack;
  let smtp: SMTPServer;
  let port: number;
  const held: Socket[] = [];
  let staller: Server;
  const inbox: Mail[] = [];

  beforeAll(async () => {
    port = await freePort();
    // First a server that accepts connections and never says a word (a stalled mail server).
    staller = createServer((socket) => {
      held.push(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((r) => staller.listen(port, '127.0.0.1', r));
    stack = await startStack({
      ownDatabase: true,
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_TIMEOUT_MS: '1500', EMAIL_RETRY_BASE_MS: '300', EMAIL_OUTBOX_INTERVAL_MS: '200' },
    });
  });
  afterAll(async () => {
    await stack?.close();
    held.forEach((s) => s.destroy());
    await new Promise<void>((r) => (staller.listening ? staller.close(() => r()) : r()));
    await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  });

  it('never delays an update, and mails everything exactly once when the server answers again', async () => {
    const pm = await stack.api.login(LOGINS.pm, DEMO_PASSWORD);
    const mentor = await stack.api.login(LOGINS.mentor, DEMO_PASSWORD);
    const users = await userIds(pm);
    const p = await startAdvocacy(pm, users, 'Stalled mail', { startDate: '2026-09-01' });
    // Each completion opens the next task and notifies the mentor, while the mail server is stalled.
    for (const [type, body] of [
      ['needs_assessment', adv.needs()],
      ['curriculum', adv.curriculum()],
      ['training', adv.training()],
      ['issue_workshop', adv.workshop()],
    ] as const) {
      const t0 = Date.now();
      await completeOpen(mentor, p.id, type, body);
      // Far below one SMTP timeout: the update did not wait for mail.
      expect(Date.now() - t0).toBeLessThan(1500);
    }
    expect(held.length).toBeGreaterThan(0);
    // Tries failed on the timeout and are due again later: nothing was sent, nothing marked.
    await eventually(async () => {
      const [r] = await sql<{ n: number }>(
        stack.env.DATABASE_URL,
        `SELECT count(*)::int AS n FROM notifications WHERE program_id = $1 AND email_error IS NOT NULL`,
        [p.id],
      );
      return r.n > 0;
    }, 20_000);

    // The server answers again: every notification is mailed, exactly once.
    held.forEach((s) => s.destroy());
    await new Promise<void>((r) => staller.close(() => r()));
    smtp = await startMailCatcher(port, inbox);
    const notes = await eventually(async () => {
      const rows = await sql<{ id: string; emailed_at: Date | null; email_pending: boolean }>(
        stack.env.DATABASE_URL,
        `SELECT id, emailed_at, email_pending FROM notifications WHERE program_id = $1`,
        [p.id],
      );
      return rows.length >= 5 && rows.every((r) => r.emailed_at && !r.email_pending) ? rows : null;
    }, 30_000);
    await new Promise((r) => setTimeout(r, 1000)); // nothing more arrives later
    const mailsForProgram = inbox.filter((m) => m.raw.includes(p.id));
    expect(mailsForProgram).toHaveLength(notes.length);
  }, 90_000);
});
