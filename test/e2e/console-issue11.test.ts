/**
 * Issue 11 in Chromium against the real API, worker, Temporal and PostgreSQL: the login on an
 * emulated Fast 3G connection (compressed JavaScript, its weight and time printed), the cohort
 * wizard's mentor choice by program type and its flag for CSOs already running one, the
 * programs list's filters and sorting, Turkish notifications rendered from type + params that
 * open their task, and screenshots (English and Turkish, 1440 and 390 px) of the dashboard,
 * notifications, programs list, cohort wizard and report.
 */
import type { Page } from 'playwright-core';
import { Client } from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleSuite, pageAt, screenshot, SCREENSHOTS, signIn, testId } from '../support/browser';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import * as inst from '../support/institutional-data';
import { completeOpen, createOrg, institutionalBody, userIds } from '../support/programs';
import { eventually } from '../support/stack';

const s = consoleSuite();
let users: Record<string, string>;
const TAG = `I11${Date.now().toString(36)}`;
const ORGS = 5;
const orgIds: string[] = [];
let runningOrgId: string;
let advocacyMentorId: string;
const ADVOCACY_MENTOR = 'Aslı Advocacy Mentor';
const INSTITUTIONAL_MENTORS = ['mentor1', 'mentor2', 'mentor3', 'mentor4', 'mentor5'].map((m) => `${m}@mentorflow.local`);

type Width = 1440 | 390;

/** A page in a context of its own (closed with the browser). */
const openPage = (width: Width, locale: 'en' | 'tr') => pageAt(s.browser, width, locale);
const login = (page: Page, email: string) => signIn(page, s.stack.baseUrl, email);

/**
 * Nothing wider than the window (a clipped or cut-off label shows up as a page wider than the
 * viewport): the elements sticking out, to name them when there are any.
 */
function noOverflow(page: Page): Promise<string[]> {
  // A string: this project's TypeScript has no DOM library.
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.children.length === 0)
      .slice(0, 8)
      .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].slice(0, 2).join('.') + ' "' + (el.textContent || '').slice(0, 40) + '" right=' + Math.round(el.getBoundingClientRect().right));
  })()`);
}

/** A page of its own at a width and language, signed in as `email`, showing `path` (else where signing in leads). */
async function openAs(email: string, width: Width, locale: 'en' | 'tr', path?: string) {
  const page = await openPage(width, locale);
  await login(page, email);
  if (path) await page.goto(`${s.stack.baseUrl}/#${path}`);
  return page;
}

/** Nothing sticks out of the window; then the screenshot. */
async function fitsAndShot(page: Page, name: string) {
  expect(await noOverflow(page)).toEqual([]);
  await screenshot(page, name);
}

/**
 * The same screen as `email` at other widths and languages: once `ready` shows (and `settleMs`
 * have passed), nothing sticks out; a screenshot of each.
 */
async function checkScreens(email: string, path: string, ready: string, name: string, screens: [Width, 'en' | 'tr'][], settleMs = 0) {
  for (const [width, locale] of screens) {
    const other = await openAs(email, width, locale, path);
    await other.locator(ready).first().waitFor();
    if (settleMs) await other.waitForTimeout(settleMs);
    await fitsAndShot(other, `issue11-${name}-${locale}-${width}`);
  }
}

beforeAll(async () => {
  // A mentor of advocacy mentorships only: the institutional cohort must not go to her.
  const created = await s.admin.post('/users', {
    email: `advocacy-${TAG.toLowerCase()}@example.org`,
    fullName: ADVOCACY_MENTOR,
    role: 'mentor',
    programTypes: ['advocacy'],
    password: DEMO_PASSWORD,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.body.programTypes).toEqual(['advocacy']);
  advocacyMentorId = created.body.id;
  users = await userIds(s.pm);
  for (let i = 0; i < ORGS; i++) orgIds.push(await createOrg(s.pm, `Dernek ${String.fromCharCode(69 - i)} ${TAG}`));
  // One CSO already runs an institutional program: the wizard must say so before Start.
  runningOrgId = orgIds[0];
  const p = await s.pm.post('/programs', institutionalBody(users, { organizationId: runningOrgId }));
  expect(p.status, JSON.stringify(p.body)).toBe(201);
}, 180_000);

describe('console (issue 11)', () => {
  it('shows the login form on emulated Fast 3G with compressed JavaScript under the budget', async () => {
    const page = await openPage(1440, 'en');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Chrome DevTools' "Fast 3G" preset.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
      uploadThroughput: (750 * 1024 * 0.9) / 8,
    });
    const scripts = new Map<string, { url: string; encoding?: string; bytes: number }>();
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script')
        scripts.set(e.requestId, {
          url: e.response.url,
          encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'],
          bytes: 0,
        });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const s = scripts.get(e.requestId);
      if (s) s.bytes = e.encodedDataLength;
    });
    const started = Date.now();
    await page.goto(`${s.stack.baseUrl}/#/login`, { waitUntil: 'commit' });
    await page.locator('input[name="email"]').waitFor({ timeout: 60_000 });
    const loginMs = Date.now() - started;
    const loginScripts = [...scripts.values()];
    const loginBytes = loginScripts.reduce((sum, s) => sum + s.bytes, 0);
    console.log(
      `Fast 3G: login form after ${loginMs} ms, ${loginScripts.length} scripts, ${(loginBytes / 1000).toFixed(1)} kB transferred`,
    );
    expect(loginScripts.length).toBeGreaterThan(0);
    // Compressed, except files under the compression threshold (1 kB).
    for (const s of loginScripts) if (s.bytes > 1500) expect(s.encoding, s.url).toMatch(/^(br|gzip)$/);
    expect(loginBytes).toBeLessThanOrEqual(250_000);

    // Then the inbox, on the same connection: figures printed for the report.
    scripts.clear();
    const signIn = Date.now();
    await page.locator('input[name="email"]').fill(LOGINS.mentor);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.locator('header.MuiAppBar-root').waitFor({ timeout: 60_000 });
    await page.goto(`${s.stack.baseUrl}/#/tasks`);
    await page.locator('[data-testid="task-row"]').first().waitFor({ timeout: 60_000 });
    const inboxBytes = [...scripts.values()].reduce((sum, s) => sum + s.bytes, 0);
    console.log(`Fast 3G: inbox rows ${Date.now() - signIn} ms after signing in, ${(inboxBytes / 1000).toFixed(1)} kB more JavaScript`);
    await cdp.detach();
  }, 120_000);

  it('balances an institutional cohort among institutional mentors, flags the CSO already running one, and lists who gets whom', async () => {
    const page = await openPage(1440, 'en');
    await login(page, LOGINS.pm);
    await testId(page, 'menu-organizations').first().click();
    await page.locator('input[name="q"]').fill(TAG);
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 15_000 }).toBe(ORGS);
    await page.locator('thead input[type="checkbox"]').check();
    await testId(page, 'start-programs').click();
    await testId(page, 'cohort-wizard').waitFor();
    expect(await testId(page, 'cohort-type-institutional').isChecked()).toBe(true);
    await testId(page, 'cohort-gender-expert').click();
    await page.getByRole('option', { name: 'Leyla Gender Expert' }).click();
    await testId(page, 'cohort-next').click();

    await testId(page, 'cohort-assign').waitFor();
    const rows = testId(page, 'cohort-row');
    expect(await rows.count()).toBe(ORGS);
    // The CSO that already runs a program is flagged, with no mentor, before anything starts.
    expect(await testId(page, 'cohort-already-running').getAttribute('data-count')).toBe('1');
    const flagged = page.locator('[data-testid="cohort-row"][data-running="true"]');
    expect(await flagged.count()).toBe(1);
    expect(await flagged.getAttribute('data-mentor')).toBeNull();
    expect(await flagged.textContent()).toContain('Already runs an Institutional development program');
    // The others: institutional mentors only, never the advocacy mentor.
    const mentors = await page
      .locator('[data-testid="cohort-row"][data-running="false"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-mentor')));
    expect(mentors).toHaveLength(ORGS - 1);
    const institutionalIds = INSTITUTIONAL_MENTORS.map((email) => users[email]);
    for (const m of mentors) expect(institutionalIds).toContain(m);
    expect(new Set(mentors).size).toBe(ORGS - 1); // balanced: four mentors with one each
    expect(mentors).not.toContain(advocacyMentorId);
    // The mentor choices are the institutional mentors.
    await page.locator('[data-testid="cohort-row"][data-running="false"] [data-testid="cohort-row-mentor"]').first().click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).not.toContain(ADVOCACY_MENTOR);
    expect(options.filter((o) => o.endsWith('Mentor'))).toHaveLength(5);
    await page.keyboard.press('Escape');
    await screenshot(page, 'issue11-cohort-assign-en-1440');

    await testId(page, 'cohort-next').click();
    await testId(page, 'cohort-confirm').waitFor();
    const confirmRows = testId(page, 'cohort-confirm-row');
    expect(await confirmRows.count()).toBe(ORGS);
    const listed = await confirmRows.evaluateAll((els) =>
      els.map((el) => ({ mentor: el.getAttribute('data-mentor'), text: el.textContent ?? '' })),
    );
    const nameOf = Object.fromEntries(
      (await s.pm.get('/users', { range: [0, 199] })).body.map((u: { id: string; fullName: string }) => [u.id, u.fullName]),
    );
    for (const row of listed.filter((r) => r.mentor)) expect(row.text).toContain(nameOf[row.mentor!]);
    expect(listed.filter((r) => !r.mentor).map((r) => r.text)).toEqual([expect.stringContaining('Already runs')]);
    await screenshot(page, 'issue11-cohort-confirm-en-1440');
    await testId(page, 'cohort-confirm-start').click();
    await expect.poll(() => testId(page, 'cohort-progress').getAttribute('data-running'), { timeout: 90_000 }).toBe('false');
    expect(await testId(page, 'cohort-summary-text').getAttribute('data-started')).toBe(String(ORGS - 1));
    expect(await testId(page, 'cohort-summary-text').getAttribute('data-failed')).toBe('0');
    await testId(page, 'cohort-close').click();

    const programs = (await s.pm.get('/programs', { filter: { type: 'institutional' }, range: [0, 99] })).body as {
      organizationId: string;
      mentorId: string;
    }[];
    expect(programs).toHaveLength(ORGS);
    expect(programs.filter((p) => p.organizationId === runningOrgId)).toHaveLength(1);
    expect(programs.some((p) => p.mentorId === advocacyMentorId)).toBe(false);
    // An advocacy plan for the same CSOs goes to the advocacy mentor only.
    const plan = await s.pm.post('/programs/cohort/plan', { type: 'advocacy', organizationIds: orgIds.slice(0, 2) });
    expect(plan.status).toBe(200);
    expect(plan.body.assignments.map((a: { mentorId: string }) => a.mentorId)).toEqual([advocacyMentorId, advocacyMentorId]);
  }, 180_000);

  it('flags, in Turkish, CSOs that all run a program already', async () => {
    const page = await openPage(1440, 'tr');
    await login(page, LOGINS.pm);
    await page.goto(`${s.stack.baseUrl}/#/organizations`);
    await page.locator('input[name="q"]').fill(TAG);
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 15_000 }).toBe(ORGS);
    await page.locator('thead input[type="checkbox"]').check();
    await testId(page, 'start-programs').click();
    await testId(page, 'cohort-wizard').waitFor();
    await testId(page, 'cohort-gender-expert').click();
    await page.getByRole('option', { name: 'Leyla Gender Expert' }).click();
    await testId(page, 'cohort-next').click();
    await testId(page, 'cohort-assign').waitFor();
    // Every one of them runs an institutional program now: all flagged, none to start.
    expect(await testId(page, 'cohort-already-running').getAttribute('data-count')).toBe(String(ORGS));
    expect(await page.locator('[data-testid="cohort-row"][data-running="true"]').count()).toBe(ORGS);
    expect(await testId(page, 'cohort-row-running').first().textContent()).toBe('Zaten bir Kurumsal gelişim programı yürütüyor');
    // Nothing to start: the wizard does not go on.
    expect(await testId(page, 'cohort-next').isDisabled()).toBe(true);
    await screenshot(page, 'issue11-cohort-assign-tr-1440');
    // (At 390 px the organizations list is a simple list without selection, so the wizard,
    // opened from selected rows, is not reachable there.)
  }, 90_000);

  it('filters the programs list by mentor, organisation, gender expert and status (withdrawn hidden), stages by type, sorts by organisation', async () => {
    // Withdraw one program: hidden by default.
    const all = (await s.pm.get('/programs', { filter: { type: 'institutional' }, range: [0, 99] })).body as {
      id: string;
      organizationName: string;
      mentorId: string;
      mentorName: string;
    }[];
    const gone = all[all.length - 1];
    expect((await s.pm.post(`/programs/${gone.id}/signals/withdraw`, { reason: 'The CSO closed down' })).status).toBe(202);
    await eventually(async () => (await s.pm.get(`/programs/${gone.id}`)).body.status === 'withdrawn');

    const page = await openPage(1440, 'en');
    const requests: URL[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/programs' && r.method() === 'GET') requests.push(url);
    });
    await login(page, LOGINS.pm);
    await testId(page, 'menu-programs').first().click();
    const rows = page.locator('tbody .RaDataTable-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(ORGS - 1);
    expect(await page.locator('tbody').textContent()).not.toContain(gone.organizationName);
    expect(JSON.parse(requests.at(-1)!.searchParams.get('filter')!)).toMatchObject({ status: 'not_withdrawn' });

    // Sort by organisation (a column header), A to Z.
    await page.locator('thead').getByText('Organization', { exact: true }).click();
    await expect.poll(() => requests.at(-1)?.searchParams.get('sort')).toBe('["organizationName","ASC"]');
    await expect
      .poll(async () => {
        const names = await rows.evaluateAll((els) => els.map((el) => el.querySelector('td:nth-child(2)')?.textContent ?? ''));
        return names.join('|') === [...names].sort((a, b) => a.localeCompare(b)).join('|') && names.length === ORGS - 1;
      })
      .toBe(true);
    // Sort by last contact.
    await page.locator('thead').getByText('Last contact', { exact: false }).click();
    await expect.poll(() => requests.at(-1)?.searchParams.get('sort')).toMatch(/^\["lastContactAt","(ASC|DESC)"\]$/);
    await screenshot(page, 'issue11-programs-en-1440');

    // Filter by mentor.
    const mentorName = all[0].mentorName;
    await testId(page, 'programs-filter-mentorId').locator('input').fill(mentorName.split(' ')[0]);
    await page.getByRole('option', { name: mentorName }).click();
    await expect.poll(() => rows.count()).toBe(all.filter((p) => p.mentorId === all[0].mentorId && p.id !== gone.id).length);
    expect(JSON.parse(requests.at(-1)!.searchParams.get('filter')!)).toMatchObject({ mentorId: all[0].mentorId });
    // Gender expert and organisation filters are there too.
    await expect(testId(page, 'programs-filter-genderExpertId').count()).resolves.toBe(1);
    await expect(testId(page, 'programs-filter-organization').count()).resolves.toBe(1);

    // Status: withdrawn ones on request (starting again from the default filter only).
    await page.goto(`${s.stack.baseUrl}/#/programs?filter=${encodeURIComponent(JSON.stringify({ status: 'not_withdrawn' }))}`);
    await expect.poll(() => rows.count()).toBe(ORGS - 1);
    await testId(page, 'programs-filter-status').click();
    await page.getByRole('option', { name: 'Withdrawn', exact: true }).click();
    await expect.poll(() => requests.at(-1)?.searchParams.get('filter')).toBe(JSON.stringify({ status: 'withdrawn' }));
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain(gone.organizationName);

    // Stage choices follow the type.
    const stagesOf = async (type: string) => {
      await testId(page, 'programs-filter-type').click();
      await page.getByRole('option', { name: type }).click();
      await testId(page, 'programs-filter-stage').click();
      const stages = await page.getByRole('option').allTextContents();
      await page.keyboard.press('Escape');
      return stages;
    };
    const advocacyStages = await stagesOf('Advocacy mentorship');
    expect(advocacyStages).toContain('Needs assessment');
    expect(advocacyStages).not.toContain('Self-assessment');
    const institutionalStages = await stagesOf('Institutional development');
    expect(institutionalStages).toContain('Self-assessment');
    expect(institutionalStages).not.toContain('Needs assessment');

    await checkScreens(
      LOGINS.pm,
      '/programs',
      '[data-testid="programs-filter-status"]',
      'programs',
      [
        [390, 'en'],
        [1440, 'tr'],
        [390, 'tr'],
      ],
      800,
    );
  }, 180_000);

  it('renders notifications in Turkish from type and params, opening their task, with the read state in words', async () => {
    // The workflows store params next to the type (lead's part of issue 11): here the stored
    // notifications of mentor1 get the params the workflow gives a task_assigned one, from
    // their own task; one is left without, as older notifications are.
    const db = new Client({ connectionString: s.stack.env.DATABASE_URL });
    await db.connect();
    let withParams: { id: string; task_id: string; task_type: string; year: number };
    try {
      await eventually(
        async () =>
          (await db.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND task_id IS NOT NULL`, [users[LOGINS.mentor]])).rowCount! >= 1,
        30_000,
      );
      const rows = await db.query(
        `UPDATE notifications n SET params = jsonb_build_object('taskType', t.type, 'year', t.year, 'dueDate', to_char(t.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'))
           FROM tasks t WHERE t.id = n.task_id AND n.user_id = $1 AND n.type = 'task_assigned'
         RETURNING n.id, n.task_id, t.type AS task_type, t.year`,
        [users[LOGINS.mentor]],
      );
      expect(rows.rowCount).toBeGreaterThanOrEqual(1);
      withParams = rows.rows[0];
      // An older notification, stored before params: its English message stays.
      await db.query(
        `INSERT INTO notifications (id, user_id, type, message, program_id, task_id) SELECT gen_random_uuid(), $1, 'no_contact_reminder', 'No visit or remote support logged since 2027-03-01', program_id, NULL FROM notifications WHERE id = $2`,
        [users[LOGINS.mentor], withParams.id],
      );
    } finally {
      await db.end();
    }
    const mentor = await s.stack.api.login(LOGINS.mentor, DEMO_PASSWORD);
    const listed = (await mentor.get('/notifications', { range: [0, 49] })).body as { id: string; params: unknown }[];
    expect(listed.find((n) => n.id === withParams.id)?.params).toMatchObject({ taskType: withParams.task_type, year: withParams.year });

    const page = await openPage(1440, 'tr');
    await login(page, LOGINS.mentor);
    await page.goto(`${s.stack.baseUrl}/#/notifications`);
    const texts = testId(page, 'notification-text');
    await expect.poll(() => texts.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const all = await texts.allTextContents();
    expect(all.some((t) => t.startsWith(`Yeni görev: Öz değerlendirme (${withParams.year}. yıl), son tarih `))).toBe(true);
    expect(all.some((t) => t.startsWith('New task'))).toBe(false);
    expect(all).toContain('No visit or remote support logged since 2027-03-01');
    // Unread in words, with a "mark as read" button that is not a lone ✓.
    const states = testId(page, 'notification-state');
    expect(await states.first().getAttribute('data-read')).toBe('false');
    expect(await states.first().textContent()).toContain('Okunmadı');
    expect(await testId(page, 'notification-mark-read').first().textContent()).toContain('Okundu olarak işaretle');
    await screenshot(page, 'issue11-notifications-tr-1440');

    // The link opens the task it is about, and reading it marks it read.
    const row = page
      .locator('tr', { has: page.locator(`[data-testid="notification-link"][href="#/tasks/${withParams.task_id}/show"]`) })
      .first();
    expect(await row.locator('[data-testid="notification-link"]').textContent()).toBe('Görevi aç');
    await row.locator('[data-testid="notification-link"]').click();
    await page.waitForURL(new RegExp(`#/tasks/${withParams.task_id}/show`));
    await eventually(
      async () =>
        (await mentor.get('/notifications', { range: [0, 49] })).body.find(
          (n: { id: string; readAt: string | null }) => n.id === withParams.id,
        )?.readAt,
      10_000,
    );
    await page.goto(`${s.stack.baseUrl}/#/notifications`);
    const readRow = page.locator('tr', { has: page.locator(`[href="#/tasks/${withParams.task_id}/show"]`) }).first();
    await expect.poll(() => readRow.locator('[data-testid="notification-state"]').getAttribute('data-read')).toBe('true');
    expect(await readRow.locator('[data-testid="notification-state"]').textContent()).toContain('Okundu');

    // The bell says the same, and leads to the task too.
    await testId(page, 'notifications-button').click();
    const items = testId(page, 'notification-item');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    expect((await testId(page, 'notification-item-text').allTextContents()).some((t) => t.startsWith('Yeni görev:'))).toBe(true);
    expect(await page.locator(`[data-testid="notification-item"][data-target="/tasks/${withParams.task_id}/show"]`).count()).toBe(1);
    await page.waitForTimeout(400); // the menu's fade-in
    await screenshot(page, 'issue11-notifications-bell-tr-1440');
    await page.keyboard.press('Escape');

    await checkScreens(LOGINS.mentor, '/notifications', '[data-testid="notification-state"]', 'notifications', [
      [390, 'tr'],
      [1440, 'en'],
      [390, 'en'],
    ]);
  }, 180_000);

  it('orders the mentor’s dashboard by urgency, and shows it with the report in both languages and widths', async () => {
    // Some of the year's work so the report has figures: two self-assessments.
    const programs = (await s.pm.get('/programs', { filter: { type: 'institutional', status: 'active' }, range: [0, 99] })).body.slice(
      0,
      2,
    ) as { id: string; mentorId: string }[];
    const emailOf = Object.fromEntries(Object.entries(users).map(([email, id]) => [id, email]));
    const gender = await s.stack.api.login(LOGINS.gender, DEMO_PASSWORD);
    for (const [i, p] of programs.entries()) {
      const m = await s.stack.api.login(emailOf[p.mentorId], DEMO_PASSWORD);
      await completeOpen(m, p.id, 'self_assessment', inst.selfAssessment());
      // One goes on to its improvement plan: the studies and improvements charts have bars.
      if (i === 0) {
        await completeOpen(gender, p.id, 'gender_report', inst.genderReport());
        await completeOpen(m, p.id, 'improvement_plan', inst.improvementPlan());
      }
    }
    // A full portfolio for mentor2: more programs than a page holds.
    for (let i = 0; i < 9; i++) {
      const org = await createOrg(s.pm, `Kooperatif ${i + 1} ${TAG}`);
      const r = await s.pm.post('/programs', institutionalBody(users, { organizationId: org, mentorId: users[LOGINS.mentor2] }));
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const mentor2 = await s.stack.api.login(LOGINS.mentor2, DEMO_PASSWORD);
    const dashboard = await eventually(async () => {
      const d = (await mentor2.get('/dashboard')).body as {
        portfolio: { overdueTaskCount: number; nextDueAt: string | null }[];
        dueTasks: { overdue: boolean; dueAt: string }[];
      };
      return d.portfolio.length >= 9 && d.dueTasks.length >= 9 && d;
    }, 30_000);
    // By urgency: most overdue tasks first, then the soonest next due date.
    const keys = dashboard.portfolio.map((p) => [-p.overdueTaskCount, p.nextDueAt ?? '9999']);
    expect(keys).toEqual(
      [...keys].sort((a, b) => (a[0] !== b[0] ? Number(a[0]) - Number(b[0]) : String(a[1]).localeCompare(String(b[1])))),
    );
    const due = dashboard.dueTasks.map((t) => [t.overdue ? 0 : 1, t.dueAt]);
    expect(due).toEqual([...due].sort((a, b) => (a[0] !== b[0] ? Number(a[0]) - Number(b[0]) : String(a[1]).localeCompare(String(b[1])))));

    for (const [width, locale] of [
      [1440, 'en'],
      [390, 'en'],
      [1440, 'tr'],
      [390, 'tr'],
    ] as const) {
      const page = await openAs(LOGINS.mentor2, width, locale);
      await testId(page, 'dashboard-mentor').waitFor();
      // Eight per page, with a pager.
      await expect.poll(() => testId(page, 'dashboard-portfolio-row').count(), { timeout: 15_000 }).toBe(8);
      await testId(page, 'dashboard-portfolio-pagination').waitFor();
      await testId(page, 'dashboard-due-tasks-pagination').waitFor();
      await fitsAndShot(page, `issue11-dashboard-mentor-${locale}-${width}`);
      if (width === 1440 && locale === 'en') {
        await testId(page, 'dashboard-portfolio-pagination').getByRole('button', { name: 'Page 2' }).click();
        await expect.poll(() => testId(page, 'dashboard-portfolio-row').count()).toBe(dashboard.portfolio.length - 8);
      }

      const manager = await openAs(LOGINS.pm, width, locale, '/reports');
      const radar = testId(manager, 'report-grades-radar');
      await radar.locator('.recharts-radar').first().waitFor({ timeout: 15_000 });
      // The radar names how many forms it averages.
      expect(await radar.locator('[data-counts]').getAttribute('data-counts')).toContain(`n = ${programs.length}`);
      expect(await testId(manager, 'report-organizations-caption').textContent()).toMatch(
        locale === 'en' ? /reached year 1/ : /1\. yıla ulaşan/,
      );
      await manager.mouse.move(0, 0); // no chart tooltip in the pictures
      await manager.waitForTimeout(500);
      await fitsAndShot(manager, `issue11-report-${locale}-${width}`);
      await radar.screenshot({ path: `${SCREENSHOTS}/issue11-report-radar-${locale}-${width}.png` });
      const studies = testId(manager, 'report-studies-chart');
      expect(await studies.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
      await studies.screenshot({ path: `${SCREENSHOTS}/issue11-report-studies-${locale}-${width}.png` });
      await testId(manager, 'report-improvements-chart').screenshot({
        path: `${SCREENSHOTS}/issue11-report-improvements-${locale}-${width}.png`,
      });
    }
  }, 240_000);
});
