/**
 * The console at phone width (390 px) and on a wide screen (1440 px), in English and Turkish
 * (issue 11's last phone items): the app-bar title is readable (wrapped, not cut with an
 * ellipsis), the inbox's filters sit behind a "Filters (n)" button on a phone and inline on a
 * wide screen, and a program manager can pick CSOs and run the cohort wizard on a phone.
 * Screenshots of what the screen shows (test-results/screenshots/phone-*).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageAt, signIn, testId, consoleSuite, viewportShot } from '../support/browser';
import { LOGINS } from '../support/demo';
import { createOrg, openTask } from '../support/programs';

const s = consoleSuite();
const TAG = `PH${Date.now().toString(36)}`;
// A long name, as real ones are: the title must wrap, not be cut off (this test has its own database).
const LONG_NAME = 'Sürdürülebilir Kalkınma ve Kadın Dayanışması Derneği';
let program: { id: string; organizationName: string };
let task: { id: string };
const cohortOrgs: string[] = [];

type Locale = 'en' | 'tr';

/** A page in a context of its own (closed with the browser). */
const openPage = (width: 1440 | 390, locale: Locale) => pageAt(s.browser, width, locale);
const login = (page: Page, email: string) => signIn(page, s.stack.baseUrl, email);

/** What the screen shows without scrolling. */
async function viewShot(page: Page, name: string) {
  await page.waitForTimeout(300); // menus' and dialogs' transitions
  await viewportShot(page, name);
}

/** Nothing wider than the screen: no sideways scrolling. */
const pageOverflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

/** The app bar's title: its text, whether any of it is cut off, and the bar's height. */
const appBarTitle = (page: Page) =>
  page.evaluate<{ text: string; cut: boolean; barHeight: number; lines: number }>(`(() => {
    const el = document.getElementById('react-admin-title');
    const bar = document.querySelector('header.MuiAppBar-root');
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
    return {
      text: (el.textContent || '').trim(),
      cut: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
      barHeight: bar.getBoundingClientRect().height,
      lines: Math.round(el.clientHeight / lineHeight),
    };
  })()`);

beforeAll(async () => {
  const org = (
    await s.pm.post('/organizations', {
      name: LONG_NAME,
      city: 'Diyarbakır',
      fieldOfWork: 'Gender equality',
      contactPerson: 'Deniz Yıldız',
      email: 'info@example.org',
      phone: '+90 412 000 00 00',
    })
  ).body.id;
  const created = await s.pm.post('/programs', {
    organizationId: org,
    type: 'institutional',
    mentorId: s.users[LOGINS.mentor],
    genderExpertId: s.users[LOGINS.gender],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  program = (await s.pm.get(`/programs/${created.body.id}`)).body;
  expect(program.organizationName).toContain(LONG_NAME);
  task = await openTask(s.pm, program.id, 'self_assessment');
  for (let i = 0; i < 3; i++) cohortOrgs.push(await createOrg(s.pm, `Kooperatif ${String.fromCharCode(65 + i)} ${TAG}`));
}, 180_000);

describe('console at 390 and 1440 px', () => {
  it('keeps the app-bar title readable on a phone: wrapped, never cut', async () => {
    for (const locale of ['en', 'tr'] as const) {
      const page = await openPage(390, locale);
      await login(page, LOGINS.mentor);
      // The task: its type in the bar, the CSO in the page's header.
      await page.goto(`${s.stack.baseUrl}/#/tasks/${task.id}/show`);
      await testId(page, 'task-header').waitFor();
      await expect.poll(async () => (await appBarTitle(page)).text).toBe(locale === 'en' ? 'Self-assessment' : 'Öz değerlendirme');
      let title = await appBarTitle(page);
      expect(title.cut, JSON.stringify(title)).toBe(false);
      expect(await testId(page, 'task-header').textContent()).toContain(program.organizationName);
      await viewShot(page, `phone-appbar-task-${locale}-390`);

      // The program page: the CSO's long name, in full, on more than one line.
      await page.goto(`${s.stack.baseUrl}/#/programs/${program.id}/show`);
      await testId(page, 'program-page').waitFor();
      await expect.poll(async () => (await appBarTitle(page)).text).toBe(program.organizationName);
      await viewShot(page, `phone-appbar-program-${locale}-390`);
      await expect.poll(async () => (await appBarTitle(page)).cut).toBe(false);
      title = await appBarTitle(page);
      expect(title.lines, JSON.stringify(title)).toBeGreaterThanOrEqual(2);
      // The bar keeps a phone's height: it does not grow over the page.
      expect(title.barHeight, JSON.stringify(title)).toBeLessThanOrEqual(64);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

      // The inbox: a short title on one line.
      await page.goto(`${s.stack.baseUrl}/#/tasks`);
      await testId(page, 'task-row').first().waitFor();
      await expect.poll(async () => (await appBarTitle(page)).text).toBe(locale === 'en' ? 'My tasks' : 'Görevlerim');
      expect((await appBarTitle(page)).cut).toBe(false);

      // The menu: a drawer over the page, closed again once a page is chosen.
      await page.locator('.RaAppBar-menuButton').click();
      await testId(page, 'menu-programs').waitFor();
      await viewShot(page, `phone-menu-${locale}-390`);
      expect(await testId(page, 'menu-programs').textContent()).toBe(locale === 'en' ? 'My programs' : 'Programlarım');
      await testId(page, 'menu-programs').click();
      await page.waitForURL(/#\/programs$/);
      await expect.poll(() => testId(page, 'menu-programs').isVisible()).toBe(false);
    }
  }, 120_000);

  it('puts the inbox filters behind a "Filters (n)" button on a phone and inline on a wide screen', async () => {
    for (const locale of ['en', 'tr'] as const) {
      const phone = await openPage(390, locale);
      const requests: URL[] = [];
      phone.on('request', (r) => {
        const url = new URL(r.url());
        if (url.pathname === '/api/tasks' && r.method() === 'GET') requests.push(url);
      });
      await login(phone, LOGINS.mentor);
      await phone.goto(`${s.stack.baseUrl}/#/tasks`);
      const row = phone.locator(`[data-testid="task-row"][data-task-id="${task.id}"]`);
      await row.waitFor();
      // Collapsed: the button with the count of active filters (status: open), the tasks right under it.
      const toggle = testId(phone, 'inbox-filters-toggle');
      expect(await toggle.getAttribute('data-count')).toBe('1');
      expect(await toggle.textContent()).toBe(locale === 'en' ? 'Filters (1)' : 'Filtreler (1)');
      expect(await testId(phone, 'inbox-filters').count()).toBe(0);
      const toggleBox = (await toggle.boundingBox())!;
      const rowBox = (await row.boundingBox())!;
      expect(toggleBox.height).toBeLessThanOrEqual(40);
      expect(rowBox.y - (toggleBox.y + toggleBox.height)).toBeLessThan(60);
      expect(await pageOverflow(phone)).toBeLessThanOrEqual(0);
      await viewShot(phone, `phone-inbox-${locale}-390`);

      // Opened: the four filters, stacked; choosing a type filters the list and counts two.
      await toggle.click();
      await testId(phone, 'inbox-filters').waitFor();
      expect(await testId(phone, 'inbox-filters').getAttribute('data-layout')).toBe('panel');
      for (const key of ['type', 'organizationId', 'overdue', 'status']) await testId(phone, `inbox-filter-${key}`).waitFor();
      expect(await pageOverflow(phone)).toBeLessThanOrEqual(0);
      await viewShot(phone, `phone-inbox-filters-${locale}-390`);
      await testId(phone, 'inbox-filter-type').locator('[role="combobox"]').click();
      await phone.getByRole('option', { name: locale === 'en' ? 'Self-assessment' : 'Öz değerlendirme', exact: true }).click();
      await expect
        .poll(() => JSON.parse(requests.at(-1)?.searchParams.get('filter') ?? '{}'))
        .toMatchObject({ status: 'open', type: 'self_assessment' });
      await expect.poll(() => toggle.getAttribute('data-count')).toBe('2');
      await testId(phone, 'inbox-filters-done').click();
      expect(await testId(phone, 'inbox-filters').count()).toBe(0);
      await row.waitFor();
      expect(await toggle.textContent()).toBe(locale === 'en' ? 'Filters (2)' : 'Filtreler (2)');

      // Wide screen: inline, no button.
      const wide = await openPage(1440, locale);
      await login(wide, LOGINS.mentor);
      await wide.goto(`${s.stack.baseUrl}/#/tasks`);
      await wide.locator(`[data-testid="task-row"][data-task-id="${task.id}"]`).waitFor();
      expect(await testId(wide, 'inbox-filters').getAttribute('data-layout')).toBe('inline');
      expect(await testId(wide, 'inbox-filters-toggle').count()).toBe(0);
      // The CSO filter (loaded after the first paint) is there too.
      await testId(wide, 'inbox-filter-organizationId').locator('input').waitFor();
      const filters = (await testId(wide, 'inbox-filters').boundingBox())!;
      expect(filters.height).toBeLessThan(100); // one row
      await viewShot(wide, `phone-inbox-${locale}-1440`);
    }
  }, 120_000);

  it('lets a program manager pick CSOs and run the cohort wizard on a phone', async () => {
    for (const locale of ['en', 'tr'] as const) {
      const page = await openPage(390, locale);
      await login(page, LOGINS.pm);
      await page.goto(`${s.stack.baseUrl}/#/organizations`);
      await testId(page, 'start-programs').click();
      await testId(page, 'cohort-pick').waitFor();
      await testId(page, 'cohort-pick-search').fill(TAG);
      const items = page.locator('[data-testid="cohort-pick-item"]');
      await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(3); // the three cooperatives
      // English starts the first two; Turkish then picks the second (running by then) and the third.
      const picked = locale === 'en' ? cohortOrgs.slice(0, 2) : cohortOrgs.slice(1, 3);
      for (const id of picked) await page.locator(`[data-testid="cohort-pick-item"][data-id="${id}"]`).click();
      expect(await testId(page, 'cohort-pick-next').getAttribute('data-count')).toBe('2');
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await viewShot(page, `phone-cohort-pick-${locale}-390`);
      await testId(page, 'cohort-pick-next').click();

      // The wizard, on the whole screen.
      const wizard = testId(page, 'cohort-wizard');
      await wizard.waitFor();
      const paper = (await wizard.locator('.MuiDialog-paper').boundingBox())!;
      expect(paper.width).toBe(390);
      await testId(page, 'cohort-gender-expert').click();
      await page.getByRole('option', { name: 'Leyla Gender Expert' }).click();
      await viewShot(page, `phone-cohort-setup-${locale}-390`);
      await testId(page, 'cohort-next').click();
      await testId(page, 'cohort-assign').waitFor();
      expect(await testId(page, 'cohort-row').count()).toBe(2);
      const mentors = await page
        .locator('[data-testid="cohort-row"][data-running="false"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-mentor')));
      expect(mentors).toHaveLength(locale === 'en' ? 2 : 1);
      expect(mentors.every(Boolean)).toBe(true);
      if (locale === 'tr') expect(await testId(page, 'cohort-already-running').getAttribute('data-count')).toBe('1');
      // Every mentor select and its name fully on screen.
      for (const box of await page
        .locator('[data-testid="cohort-row-mentor"]')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))) {
        expect(box).toBeLessThanOrEqual(390);
      }
      expect(
        await page.locator('[data-testid="cohort-row"][data-running="false"] [data-testid="cohort-row-mentor"]').first().textContent(),
      ).toMatch(/Mentor$/);
      await viewShot(page, `phone-cohort-assign-${locale}-390`);
      await testId(page, 'cohort-next').click();
      await testId(page, 'cohort-confirm').waitFor();
      const nameOf = Object.fromEntries(
        (await s.pm.get('/users', { range: [0, 199] })).body.map((u: { id: string; fullName: string }) => [u.id, u.fullName]),
      );
      const confirmed = await testId(page, 'cohort-confirm-row').evaluateAll((els) =>
        els.map((el) => ({ mentor: el.getAttribute('data-mentor'), text: el.textContent ?? '' })),
      );
      expect(confirmed.filter((row) => row.mentor)).toHaveLength(locale === 'en' ? 2 : 1);
      for (const row of confirmed.filter((r) => r.mentor)) expect(row.text).toContain(nameOf[row.mentor!]);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await viewShot(page, `phone-cohort-confirm-${locale}-390`);
      if (locale === 'en') {
        // Start them: the Turkish run then finds them already running.
        await testId(page, 'cohort-confirm-start').click();
        await expect.poll(() => testId(page, 'cohort-progress').getAttribute('data-running'), { timeout: 90_000 }).toBe('false');
        expect(await testId(page, 'cohort-summary-text').getAttribute('data-started')).toBe('2');
        await viewShot(page, `phone-cohort-done-${locale}-390`);
        await testId(page, 'cohort-close').click();
        await expect.poll(() => wizard.count()).toBe(0);
      } else {
        await testId(page, 'cohort-cancel').click();
        await expect.poll(() => wizard.count()).toBe(0);
      }
    }
  }, 180_000);
});
