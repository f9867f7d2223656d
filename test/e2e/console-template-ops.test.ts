/**
 * Designed program types in the manager's console (issue 10's leftovers), in Chromium against the
 * real API, worker, Temporal and PostgreSQL: the cohort wizard starts a designed type for 3 CSOs
 * (balanced among the type's mentors, on its latest version); the programs list filters by the
 * designed type and its stages and its bulk controls pause them and close their stages; the
 * dashboard counts them; the audit list says template actions in words; a designed program's
 * history says "cycle completed"; the designer at 390 px never scrolls sideways and its form
 * builder asks for a wider screen there. English and Turkish, 1440 and 390 px, with screenshots.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { screenshot, SCREENSHOTS, consoleSuite, submitLogin, switchToTurkish } from '../support/browser';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import { createOrg } from '../support/programs';
import { eventually } from '../support/stack';
import { gmiTemplate } from '../unit/template-fixtures';

const KEY = 'gmi-ops';
const NAME = 'Gender Mainstreaming Initiative';
const TAG = `OPS${Date.now().toString(36)}`;

const s = consoleSuite();
let page: Page;
let programIds: string[] = [];

beforeAll(async () => {
  // The type is designed elsewhere (console-program-designer builds one through the UI): here it is published through the API.
  const def = gmiTemplate();
  def.name = { en: NAME, tr: 'Toplumsal Cinsiyet Anaakımlaştırma Girişimi' };
  def.stages[0].name = { en: 'Review of current practices', tr: 'Mevcut uygulamaların gözden geçirilmesi' };
  def.stages[1].name = { en: 'Regular meetings', tr: 'Düzenli toplantılar' };
  expect((await s.admin.post('/program-templates', { key: KEY, name: def.name })).status).toBe(201);
  expect((await s.admin.put(`/program-templates/${KEY}/draft`, { definition: def })).body.errors).toEqual([]);
  expect((await s.admin.post(`/program-templates/${KEY}/publish`)).status).toBe(201);
  for (const email of [LOGINS.mentor, LOGINS.mentor2]) {
    expect((await s.admin.put(`/users/${s.users[email]}`, { programTypes: ['institutional', KEY] })).status).toBe(200);
  }
  for (const label of ['Kadın Dayanışma', 'Eşit Haklar', 'Genç Kadınlar']) await createOrg(s.pm, `${label} ${TAG}`);
  page = await s.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
}, 180_000);

const testId = (id: string) => page.locator(`[data-testid="${id}"]`);

async function login(email: string, locale: 'en' | 'tr' = 'en') {
  // The menu is a drawer on a phone: sign in wide.
  await page.setViewportSize({ width: 1440, height: 900 });
  await submitLogin(page, s.stack.baseUrl, email, { signOut: true });
  await testId('menu-dashboard').waitFor({ timeout: 20_000 });
  if (locale === 'tr') await switchToTurkish(page);
}

/** Selects every listed program, runs a bulk action on them, and waits until all three have the status it leads to. */
async function bulkAction(action: 'pause' | 'resume', status: string) {
  await page.locator('thead input[type="checkbox"]').check();
  await testId(`bulk-${action}`).click();
  await testId('bulk-confirm').click();
  await expect.poll(() => testId('bulk-result').getAttribute('data-accepted'), { timeout: 20_000 }).toBe('3');
  await testId('bulk-close').click();
  for (const id of programIds) await eventually(async () => (await s.pm.get(`/programs/${id}`)).body.status === status);
}

/** The page is no wider than the window (nothing to scroll sideways). */
const sidewaysOverflow = async () =>
  Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));

/** A full-page screenshot at a width, and at a phone's width also what its first screen shows. */
async function at(width: number, name: string) {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.waitForTimeout(600);
  await screenshot(page, name);
  if (width < 600) await page.screenshot({ path: join(SCREENSHOTS, `${name}-screen.png`) });
}

describe('console: designed program types in the manager tools', () => {
  it('starts a cohort of the designed type with the wizard', async () => {
    await login(LOGINS.pm);
    await testId('menu-organizations').click();
    await page.locator('input[name="q"]').fill(TAG);
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 15_000 }).toBe(3);
    await page.locator('thead input[type="checkbox"]').check();
    await testId('start-programs').click();
    await testId('cohort-wizard').waitFor();
    await testId(`cohort-type-${KEY}`).check();
    expect(await testId('cohort-wizard').textContent()).toContain(NAME);
    // The type has a gender expert: required, as for institutional programs; no years.
    await testId('cohort-next').click();
    await expect.poll(() => testId('cohort-wizard').locator('.Mui-error').count()).toBeGreaterThan(0);
    expect(await testId('cohort-years').count()).toBe(0);
    await testId('cohort-gender-expert').click();
    await page.getByRole('option', { name: 'Leyla Gender Expert' }).click();
    await screenshot(page, 'template-cohort-setup-1440-en');
    await testId('cohort-next').click();
    await testId('cohort-assign').waitFor();
    // Balanced among the two mentors of the type only.
    const mentors = await testId('cohort-row').evaluateAll((els) => els.map((el) => el.getAttribute('data-mentor')));
    expect(mentors).toHaveLength(3);
    expect(mentors.every((m) => m === s.users[LOGINS.mentor] || m === s.users[LOGINS.mentor2])).toBe(true);
    expect(await testId('cohort-load').count()).toBe(2);
    await testId('cohort-next').click();
    await testId('cohort-confirm').waitFor();
    const confirm = await testId('cohort-confirm').textContent();
    expect(confirm).toContain(`Start 3 ${NAME} programs?`);
    expect(confirm).toContain('v1');
    await screenshot(page, 'template-cohort-confirm-1440-en');
    await testId('cohort-confirm-start').click();
    await expect.poll(() => testId('cohort-progress').getAttribute('data-running'), { timeout: 60_000 }).toBe('false');
    expect(await testId('cohort-summary-text').getAttribute('data-started')).toBe('3');
    await testId('cohort-close').click();
    const started = (await s.pm.get('/programs', { filter: { type: KEY } })).body;
    expect(started).toHaveLength(3);
    expect(
      started.every(
        (p: { template: { version: number }; genderExpertId: string }) =>
          p.template.version === 1 && p.genderExpertId === s.users[LOGINS.gender],
      ),
    ).toBe(true);
    programIds = started.map((p: { id: string }) => p.id);
  }, 180_000);

  it('filters the programs list by the designed type and its stages, and pauses and closes stages in bulk', async () => {
    await page.goto(`${s.stack.baseUrl}/#/programs`);
    await testId('programs-filter-type').click();
    await page.getByRole('option', { name: NAME }).click();
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.locator('tbody').textContent()).toContain(NAME);
    expect(await page.locator('tbody').textContent()).toContain('Review of current practices');
    await testId('programs-filter-stage').click();
    const stageOptions = await page.getByRole('option').allTextContents();
    expect(stageOptions).toEqual(expect.arrayContaining(['Review of current practices', 'Regular meetings', 'Completed']));
    expect(stageOptions).not.toContain('Self-assessment');
    await page.getByRole('option', { name: 'Review of current practices' }).click();
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 15_000 }).toBe(3);
    await screenshot(page, 'template-programs-list-1440-en');

    await bulkAction('pause', 'paused');
    await bulkAction('resume', 'active');

    // One program reaches the meetings stage (its manager may close it); the others stay in review.
    const first = (await s.pm.get(`/programs/${programIds[0]}`)).body;
    const mentor = await s.stack.api.login(first.mentorId === s.users[LOGINS.mentor] ? LOGINS.mentor : LOGINS.mentor2, DEMO_PASSWORD);
    const task = async (c: ApiClient, type: string) =>
      eventually(async () => (await c.get('/tasks', { filter: { programId: first.id, type, status: 'open' } })).body[0]);
    expect(
      (await mentor.post(`/tasks/${(await task(mentor, 'practice_review')).id}/complete`, { score: 5, summary: 'Practices reviewed' }))
        .status,
    ).toBe(200);
    expect((await s.gender.post(`/tasks/${(await task(s.gender, 'gender_review')).id}/complete`, { rating: 'high' })).status).toBe(200);
    await eventually(async () => (await s.pm.get(`/programs/${first.id}`)).body.stage === 'meetings');

    await page.goto(`${s.stack.baseUrl}/#/programs?filter=${encodeURIComponent(JSON.stringify({ type: KEY }))}`);
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 15_000 }).toBe(3);
    await page.locator('thead input[type="checkbox"]').check();
    await testId('bulk-close-stage').click();
    await screenshot(page, 'template-bulk-close-stage-1440-en');
    await testId('bulk-confirm').click();
    await testId('bulk-result').waitFor({ timeout: 20_000 });
    expect(await testId('bulk-result').getAttribute('data-accepted')).toBe('1');
    expect(await testId('bulk-result').getAttribute('data-refused')).toBe('2');
    await screenshot(page, 'template-bulk-close-stage-result-1440-en');
    await testId('bulk-close').click();
    // Meetings ends the cycle: cycle 2 starts.
    await eventually(async () => (await s.pm.get(`/programs/${first.id}`)).body.year === 2, 30_000);
  }, 180_000);

  it('counts the designed programs on the dashboard and says template actions in the audit list and history', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${s.stack.baseUrl}/#/`);
    await testId(`dashboard-card-${KEY}`).waitFor({ timeout: 20_000 });
    expect(await testId(`dashboard-card-${KEY}`).textContent()).toContain(`${NAME}: running`);
    await testId(`dashboard-stages-${KEY}`).waitFor();
    await screenshot(page, 'template-dashboard-1440-en');

    await page.goto(`${s.stack.baseUrl}/#/audit`);
    await testId('audit-action').first().waitFor({ timeout: 20_000 });
    const actions = await testId('audit-action').allTextContents();
    expect(actions.some((a) => a.startsWith('Stage closed: meetings'))).toBe(true);
    expect(actions.some((a) => a.startsWith(`Program started: ${NAME}, version 1`))).toBe(true);
    expect(actions.some((a) => a.startsWith('Program paused'))).toBe(true);
    await screenshot(page, 'template-audit-1440-en');

    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[0]}/show`);
    await testId('history').waitFor({ timeout: 20_000 });
    await expect.poll(() => testId('history').textContent(), { timeout: 20_000 }).toContain('Cycle completed');
    const history = (await testId('history').textContent()) ?? '';
    expect(history).toContain('Task completed: Practice review');
    expect(history).toContain('Stage ended: Regular meetings');
    expect(history).not.toMatch(/cycle_completed|cycle completed/);

    await login(LOGINS.admin, 'tr');
    await page.goto(`${s.stack.baseUrl}/#/audit`);
    await testId('audit-action').first().waitFor({ timeout: 20_000 });
    const trActions = await testId('audit-action').allTextContents();
    expect(trActions.some((a) => a.startsWith('Program türü yayımlandı: Toplumsal Cinsiyet Anaakımlaştırma Girişimi, sürüm 1'))).toBe(true);
    expect(trActions.some((a) => a.startsWith('Aşama kapatıldı: meetings'))).toBe(true);
    await screenshot(page, 'template-audit-1440-tr');
    await at(390, 'template-audit-390-tr');
    expect(await sidewaysOverflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[0]}/show`);
    await expect.poll(() => testId('history').textContent(), { timeout: 20_000 }).toContain('Döngü tamamlandı');
    expect(await testId('history').textContent()).toContain('Görev tamamlandı');
    await at(390, 'template-program-history-390-tr');
  }, 180_000);

  it('keeps the designer within 390 px and asks for a wider screen for the form builder there', async () => {
    for (const locale of ['en', 'tr'] as const) {
      await login(LOGINS.admin, locale);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${s.stack.baseUrl}/#/program-types/${KEY}/show`);
      await testId('program-type-designer').waitFor({ timeout: 20_000 });
      await at(1440, `template-designer-1440-${locale}`);
      await at(390, `template-designer-390-${locale}`);
      expect(await sidewaysOverflow(), `designer at 390 px (${locale})`).toBeLessThanOrEqual(0);
      // The densest part: the meetings stage's records, timers and end rules.
      await testId('stage-card').nth(1).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `template-designer-390-${locale}-stage2.png`) });
      await testId('stages[0].tasks[0].form.open').click();
      await testId('form-designer').waitFor();
      await testId('form-builder-narrow').waitFor();
      expect(await testId('form-builder').count()).toBe(0);
      // The dialog is full screen at this width: what the screen shows is the picture (once it has faded in).
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SCREENSHOTS, `template-form-designer-390-${locale}.png`) });
      expect(await sidewaysOverflow()).toBeLessThanOrEqual(0);
      // The rest works at this width: the Turkish labels and the preview.
      await testId('form-tab-tr').click();
      await testId('tr-label-score').waitFor();
      expect(
        await testId('form-designer')
          .locator('.MuiDialogContent-root')
          .evaluate((el) => el.scrollWidth - el.clientWidth),
      ).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOTS, `template-form-labels-390-${locale}.png`) });
      // Wide again: the builder itself (in Turkish with a word on its English menus).
      await page.setViewportSize({ width: 1440, height: 900 });
      await testId('form-tab-builder').click();
      await testId('form-builder').locator('.fjs-palette-field').first().waitFor({ timeout: 20_000 });
      expect(await testId('form-builder-english').count()).toBe(locale === 'tr' ? 1 : 0);
      await page.screenshot({ path: join(SCREENSHOTS, `template-form-builder-1440-${locale}.png`) });
      await testId('form-designer-done').click();
    }
  }, 180_000);
});
