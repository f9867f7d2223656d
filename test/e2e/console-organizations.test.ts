/**
 * The real console in Chromium against the real API, worker, Temporal and PostgreSQL:
 * a program manager logs in, creates an organization and finds it in the list.
 */
import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleDistDir, fillInputs, launchChromium, screenshot, submitLogin } from '../support/browser';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startStack({ env: { ADMIN_DIST_DIR: consoleDistDir() } });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const login = (email: string) => submitLogin(page, stack.baseUrl, email, { signOut: true });

describe('console: organizations', () => {
  it('shows a clear error for a wrong password', async () => {
    await page.goto(`${stack.baseUrl}/#/login`);
    await screenshot(page, 'login');
    await page.locator('input[name="email"]').fill(LOGINS.pm);
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-testid="login-error"]').textContent()).toMatch(/invalid email or password/i);
  });

  it('logging out in the console revokes the token at the API', async () => {
    await login(LOGINS.pm);
    await page.locator('[data-testid="menu-organizations"]').waitFor();
    const token = (await page.evaluate("localStorage.getItem('mentorflow.accessToken')")) as string;
    expect((await stack.api.withToken(token).get('/auth/me')).status).toBe(200);
    await page.getByRole('button', { name: /profile/i }).click();
    await page.getByRole('menuitem', { name: /logout/i }).click();
    await page.locator('input[name="email"]').waitFor();
    await expect.poll(async () => (await stack.api.withToken(token).get('/auth/me')).status).toBe(401);
  });

  it('lets a program manager create an organization and see it in the list', async () => {
    const name = `Ege Kadın Kooperatifi ${Date.now().toString(36)}`;
    await login(LOGINS.pm);
    await page.locator('[data-testid="menu-organizations"]').click();
    await page.locator('a[href="#/organizations/create"]').click();

    await fillInputs(page, {
      name: name,
      city: 'İzmir',
      fieldOfWork: 'Women’s economic empowerment',
      contactPerson: 'Hatice Kaya',
      email: 'iletisim@egekadin.org',
      phone: '+90 232 555 12 34',
    });
    await screenshot(page, 'organization-create');
    await page.locator('form button[type="submit"]').click();

    // The show page of the new organization, with its onboarding workflow.
    await page.waitForURL(/#\/organizations\/[0-9a-f-]{36}\/show/);
    await expect.poll(() => page.locator('[data-testid="onboarding-status"]').textContent(), { timeout: 20_000 }).toMatch(/completed/i);
    await screenshot(page, 'organization-show');

    await page.locator('[data-testid="menu-organizations"]').click();
    const row = page.locator('tbody .RaDataTable-row', { hasText: name });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => row.textContent()).toContain('İzmir');
    const shot = await screenshot(page, 'organizations-list');
    expect(statSync(shot).size).toBeGreaterThan(10_000);

    // It is really in the database, visible through the API.
    const pm = await stack.api.login(LOGINS.pm, DEMO_PASSWORD);
    const list = await pm.get('/organizations', { filter: { q: name } });
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ name, city: 'İzmir', contactPerson: 'Hatice Kaya' });
  });

  it('shows server validation errors on the fields', async () => {
    await page.goto(`${stack.baseUrl}/#/organizations/create`);
    await fillInputs(page, {
      name: 'Yeni Dernek',
      city: 'Van',
      fieldOfWork: 'Youth',
      contactPerson: 'Ali Veli',
    });
    // Passes the console's e-mail check but not the server's (local part over 64 characters).
    await page.locator('input[name="email"]').fill(`${'a'.repeat(65)}@example.org`);
    await page.locator('input[name="phone"]').fill('+90 432 000 00 00');
    await page.locator('form button[type="submit"]').click();
    const emailHelper = page.locator('.MuiFormControl-root:has(input[name="email"]) .MuiFormHelperText-root');
    // Exactly the API's message for that field, so it came from the server, not the browser.
    await expect.poll(() => emailHelper.textContent(), { timeout: 10_000 }).toBe('email must be an email address');
    await screenshot(page, 'organization-create-server-errors');
    expect(page.url()).toMatch(/#\/organizations\/create/);
  });

  it('lets an admin rename and deactivate a user', async () => {
    const admin = await stack.api.login(LOGINS.admin, DEMO_PASSWORD);
    const email = `e2e-${Date.now()}@mentorflow.local`;
    const created = await admin.post('/users', { email, fullName: 'Geçici Mentor', role: 'mentor', password: 'temporary-pass-1' });
    expect(created.status).toBe(201);
    await login(LOGINS.admin);
    await page.locator('[data-testid="menu-users"]').click();
    await page.locator('tbody .RaDataTable-row', { hasText: email }).click();
    await page.waitForURL(new RegExp(`#/users/${created.body.id}`));
    await page.locator('input[name="fullName"]').fill('Kalıcı Mentor');
    // MUI draws the switch over a transparent checkbox: click it where it is.
    await page.locator('input[name="isActive"]').setChecked(false, { force: true });
    await screenshot(page, 'user-edit');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/#\/users\/?$/);
    await expect
      .poll(async () => (await admin.get(`/users/${created.body.id}`)).body)
      .toMatchObject({ fullName: 'Kalıcı Mentor', isActive: false, email });
    // The account can no longer sign in.
    expect((await stack.api.request('POST', '/auth/login', { body: { email, password: 'temporary-pass-1' }, token: null })).status).toBe(
      401,
    );
  });
});
