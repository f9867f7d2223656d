/**
 * With SMTP configured, notifications also go out by e-mail (a real SMTP server on loopback
 * receives them); the in-app record notes when it was e-mailed.
 */
import type { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports.mjs';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { createOrg, userIds } from '../support/programs';
import { startMailCatcher, type Mail } from '../support/smtp';
import { eventually, startStack, type Stack } from '../support/stack';

const inbox: Mail[] = [];
let smtp: SMTPServer;
let stack: Stack;

beforeAll(async () => {
  const port = await freePort();
  smtp = await startMailCatcher(port, inbox);
  stack = await startStack({
    ownDatabase: true,
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'Mentorflow <noreply@mentorflow.test>', PUBLIC_URL: 'http://console.example' },
  });
});
afterAll(async () => {
  await stack?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe('e-mail notifications', () => {
  it('e-mails the mentor about a new task with a link to the program', async () => {
    const pm = await stack.api.login(LOGINS.pm, DEMO_PASSWORD);
    const mentor = await stack.api.login(LOGINS.mentor, DEMO_PASSWORD);
    const users = await userIds(pm);
    const p = (
      await pm.post('/programs', { organizationId: await createOrg(pm, 'Mail CSO'), type: 'advocacy', mentorId: users[LOGINS.mentor] })
    ).body;
    const mail = await eventually(async () => inbox.find((m) => m.to.includes(LOGINS.mentor) && m.raw.includes(p.id)));
    expect(mail.from).toBe('noreply@mentorflow.test');
    expect(mail.raw).toMatch(/Subject: Mentorflow: New task: needs assessment/);
    expect(mail.raw).toContain(`http://console.example/#/programs/${p.id}/show`);
    const notes = await eventually(async () => {
      const n = (await mentor.get('/notifications', { filter: { programId: p.id } })).body;
      return n[0]?.emailedAt ? n : null;
    });
    expect(notes[0]).toMatchObject({ type: 'task_assigned', readAt: null });
  });
});
