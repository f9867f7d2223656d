/**
 * Issue 9 item 8 in the console: an admin who deactivates a mentor holding a running program
 * and an open task gets a dialog with both counts and a way to reassign the programs first;
 * nothing is changed. English and Turkish, 1440 px and 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, consoleSuite } from '../support/browser';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { createOrg, openTask } from '../support/programs';

const s = consoleSuite();
let holder: { id: string; email: string };
let orgName: string;

beforeAll(async () => {
  const email = `held-${Date.now()}@mentorflow.local`;
  const created = await s.admin.post('/users', { email, fullName: 'Dolu Mentor', role: 'mentor', password: 'a-long-password-1' });
  expect(created.status).toBe(201);
  holder = { id: created.body.id, email };
  const orgId = await createOrg(s.pm, 'Held work');
  orgName = (await s.pm.get(`/organizations/${orgId}`)).body.name;
  const p = await s.pm.post('/programs', {
    organizationId: orgId,
    type: 'institutional',
    mentorId: holder.id,
    genderExpertId: s.users[LOGINS.gender],
    years: 1,
  });
  expect(p.status).toBe(201);
  await openTask(s.pm, p.body.id, 'self_assessment');
});

async function deactivate(page: Page) {
  await page.goto(`${s.stack.baseUrl}/#/login`);
  await page.evaluate('localStorage.clear()');
  await page.goto(`${s.stack.baseUrl}/#/login`);
  await page.locator('input[name="email"]').fill(LOGINS.admin);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator('[data-testid="menu-users"]').waitFor();
  await page.goto(`${s.stack.baseUrl}/#/users/${holder.id}`);
  await page.locator('input[name="fullName"]').waitFor();
  await page.locator('input[name="isActive"]').setChecked(false, { force: true });
  await page.locator('form button[type="submit"]').click();
  await page.locator('[data-testid="held-work-dialog"]').waitFor();
  // Screenshots after the dialog's fade-in.
  await expect
    .poll(() =>
      page
        .locator('.MuiDialog-container')
        .evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(el).opacity),
    )
    .toBe('1');
}

describe('console: deactivating someone who holds work', () => {
  it('explains how much they hold and links to their programs (English)', async () => {
    const page = await s.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    await deactivate(page);
    await expect.poll(() => page.locator('[data-testid="held-work-counts"]').textContent()).toBe('Running programs: 1. Open tasks: 1.');
    expect(await page.locator('#held-work-title').textContent()).toBe('Dolu Mentor still holds work');
    await screenshot(page, 'users-held-work-en-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'users-held-work-en-390');
    expect((await s.admin.get(`/users/${holder.id}`)).body.isActive).toBe(true);

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('[data-testid="held-work-reassign"]').click();
    await page.waitForURL(/#\/programs\?filter=/);
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('tbody .RaDataTable-row').first().textContent()).toContain(orgName);
    await page.close();
  }, 90_000);

  it('in Turkish', async () => {
    const page = await s.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'tr-TR' });
    await deactivate(page);
    await expect.poll(() => page.locator('[data-testid="held-work-counts"]').textContent()).toBe('Süren programlar: 1. Açık görevler: 1.');
    expect(await page.locator('[data-testid="held-work-reassign"]').textContent()).toMatch(/yeniden ata/i);
    await screenshot(page, 'users-held-work-tr-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'users-held-work-tr-390');
    await page.close();
  }, 90_000);
});
