/**
 * The program manager's console in Chromium against the real API, worker, Temporal and
 * PostgreSQL: a CSV import with a bad row, a cohort of institutional programs started from the
 * imported CSOs (balanced mentors, a gender expert, a few programs per request), then the
 * dashboard and the report page with their charts, in English and Turkish; an admin edits the
 * configuration and sees the server's field error.
 */
import { Buffer } from 'node:buffer';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, consoleSuite, submitLogin } from '../support/browser';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import * as inst from '../support/institutional-data';
import { completeOpen, userIds } from '../support/programs';

const s = consoleSuite();
let page: Page;

/** Unique per run: the imported CSOs' names end with it. */
const TAG = `MF${Date.now().toString(36)}`;
const GOOD_ROWS = 12;
/** The line of the bad row in the file (the header is line 1). */
const BAD_ROW = 5;

function csvFile(): string {
  const lines = ['name;city;Field of work;contactPerson;email;phone'];
  for (let i = 0; i < GOOD_ROWS; i++) {
    if (lines.length === BAD_ROW - 1) lines.push(`Hatalı Dernek ${TAG};Van;Youth;Ali Veli;not-an-email;+90 432 555 00 00`);
    lines.push(
      `Kooperatif ${i + 1} ${TAG};Diyarbakır;Women’s rights;Zehra Aslan;info${i + 1}@example.org;+90 412 555 01 ${String(10 + i)}`,
    );
  }
  return lines.join('\n');
}

beforeAll(async () => {
  page = await s.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
});

async function login(email: string) {
  await submitLogin(page, s.stack.baseUrl, email);
  await page.locator('[data-testid="menu-dashboard"]').waitFor();
}

const testId = (id: string) => page.locator(`[data-testid="${id}"]`);
const text = (id: string) => testId(id).first().textContent();

describe('console: program manager', () => {
  it('imports CSOs from a CSV file and lists the rejected row with its reason', async () => {
    await login(LOGINS.pm);
    await testId('menu-organizations').click();
    await testId('import-csv').click();
    await testId('import-file').setInputFiles({ name: 'csos.csv', mimeType: 'text/csv', buffer: Buffer.from(csvFile(), 'utf8') });

    // Read in the browser: the header and the first five rows, out of all of them.
    await expect.poll(() => testId('import-preview').getAttribute('data-total')).toBe(String(GOOD_ROWS + 1));
    expect(await testId('import-preview-row').count()).toBe(5);
    expect(await testId('import-preview').textContent()).toContain('Field of work');
    await screenshot(page, 'manager-import-preview');

    await testId('import-submit').click();
    await testId('import-result').waitFor({ timeout: 60_000 });
    expect(await testId('import-created-row').count()).toBe(GOOD_ROWS);
    const rejected = testId('import-rejected-row');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.getAttribute('data-row')).toBe(String(BAD_ROW));
    // The API's own reason, on its field.
    expect(await rejected.locator('[data-field="email"]').textContent()).toContain('email must be an email address');
    expect(await rejected.textContent()).toContain(`Hatalı Dernek ${TAG}`);
    await screenshot(page, 'manager-import-rejected');
    await testId('import-close').click();

    const created = await s.pm.get('/organizations', { filter: { q: TAG }, range: [0, 99] });
    expect(created.body).toHaveLength(GOOD_ROWS);
    expect(created.body.some((o: { name: string }) => o.name.startsWith('Hatalı'))).toBe(false);
  }, 120_000);

  it('starts an institutional cohort for the imported CSOs with balanced mentors and shows the result', async () => {
    const cohortBodies: { items: unknown[] }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/programs/cohort') {
        cohortBodies.push(request.postDataJSON());
      }
    });

    // Select the imported CSOs in the list.
    await page.locator('input[name="q"]').fill(TAG);
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 15_000 }).toBe(GOOD_ROWS);
    await page.locator('thead input[type="checkbox"]').check();
    await testId('start-programs').click();

    // Institutional and balanced are the defaults; the gender expert must be chosen.
    const wizard = testId('cohort-wizard');
    await wizard.waitFor();
    expect(await testId('cohort-type-institutional').isChecked()).toBe(true);
    expect(await testId('cohort-mode-balanced').isChecked()).toBe(true);
    await testId('cohort-next').click();
    await expect.poll(() => wizard.locator('.Mui-error').count()).toBeGreaterThan(0); // no gender expert yet
    await testId('cohort-gender-expert').click();
    await page.getByRole('option', { name: 'Leyla Gender Expert' }).click();
    await testId('cohort-next').click();

    // The balanced proposal: every row has a mentor, five mentors share twelve CSOs.
    await testId('cohort-assign').waitFor();
    const rows = testId('cohort-row');
    expect(await rows.count()).toBe(GOOD_ROWS);
    const mentors = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-mentor')));
    expect(mentors.every(Boolean)).toBe(true);
    const perMentor = Object.values(mentors.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m!]: (acc[m!] ?? 0) + 1 }), {}));
    expect(perMentor.sort()).toEqual([2, 2, 2, 3, 3]);
    await screenshot(page, 'manager-cohort-assign');

    await testId('cohort-next').click();
    await testId('cohort-confirm').waitFor();
    expect(await testId('cohort-confirm').textContent()).toContain('Leyla Gender Expert');
    await testId('cohort-confirm-start').click();
    // Part-way: the first request has answered (or, on a fast machine, all of them).
    await expect.poll(() => testId('cohort-progress').getAttribute('data-done'), { timeout: 60_000 }).not.toBe('0');
    await screenshot(page, 'manager-cohort-progress');
    await expect.poll(() => testId('cohort-progress').getAttribute('data-running'), { timeout: 90_000 }).toBe('false');
    expect(await text('cohort-progress-text')).toBe(`Done: ${GOOD_ROWS} / ${GOOD_ROWS}`);
    expect(await testId('cohort-summary-text').getAttribute('data-started')).toBe(String(GOOD_ROWS));
    expect(await testId('cohort-summary-text').getAttribute('data-failed')).toBe('0');
    expect(await page.locator('[data-testid="cohort-result-row"][data-ok="true"]').count()).toBe(GOOD_ROWS);
    await page.waitForTimeout(500); // the progress bar's fill animation
    await screenshot(page, 'manager-cohort-result');

    // Started a few per request: 5 + 5 + 2.
    expect(cohortBodies.map((b) => b.items.length)).toEqual([5, 5, 2]);
    await testId('cohort-close').click();

    // Really running: one institutional program per CSO, with the chosen gender expert.
    const users = await userIds(s.pm);
    const programs = (await s.pm.get('/programs', { filter: { type: 'institutional' }, range: [0, 99] })).body;
    expect(programs).toHaveLength(GOOD_ROWS);
    expect(new Set(programs.map((p: { genderExpertId: string }) => p.genderExpertId))).toEqual(new Set([users[LOGINS.gender]]));
    expect(programs.every((p: { stage: string }) => p.stage === 'self_assessment')).toBe(true);
  }, 180_000);

  it('shows the dashboard and the report with their charts, in English and Turkish', async () => {
    // Some of the year's work, done through the API by the people assigned: two CSOs get their
    // self-assessment, gender report, improvement plan and a visit.
    const users = await userIds(s.pm);
    const emailOf = Object.fromEntries(Object.entries(users).map(([email, id]) => [id, email]));
    const gender = await s.stack.api.login(LOGINS.gender, DEMO_PASSWORD);
    const programs = (await s.pm.get('/programs', { filter: { type: 'institutional' }, range: [0, 99] })).body.slice(0, 2);
    for (const p of programs as { id: string; mentorId: string }[]) {
      const mentor = await s.stack.api.login(emailOf[p.mentorId], DEMO_PASSWORD);
      await completeOpen(mentor, p.id, 'self_assessment', inst.selfAssessment());
      await completeOpen(gender, p.id, 'gender_report', inst.genderReport());
      await completeOpen(mentor, p.id, 'improvement_plan', inst.improvementPlan());
      // Today: the dashboard counts this month's visits, and visits cannot be dated in the future.
      const visit = await mentor.post(`/programs/${p.id}/visits`, {
        date: new Date().toISOString().slice(0, 10),
        mode: 'face_to_face',
        durationMinutes: 90,
        notes: 'Plan follow-up',
      });
      expect(visit.status, JSON.stringify(visit.body)).toBe(201);
    }

    await testId('menu-dashboard').click();
    await expect.poll(() => text('dashboard-card-institutional-value'), { timeout: 15_000 }).toBe(String(GOOD_ROWS));
    expect(await page.locator('[data-testid="dashboard-stages-institutional"] svg.recharts-surface').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="dashboard-visits-per-mentor"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await screenshot(page, 'manager-dashboard-en');

    await testId('menu-reports').click();
    await expect.poll(() => text('report-organizations-value'), { timeout: 15_000 }).toBe(String(GOOD_ROWS));
    expect(await text('report-self-assessments-value')).toBe('2');
    expect(await text('report-improvement-plans-value')).toBe('2');
    expect(await text('report-visits-value')).toBe('2');
    // The charts are drawn: studies by type (bars), grades per element (radar), visits (pie), stages.
    await expect.poll(() => page.locator('[data-testid="report-studies-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="report-grades-radar"] .recharts-polar-grid').count()).toBe(1);
    expect(await page.locator('[data-testid="report-grades-radar"] .recharts-radar').count()).toBe(1);
    expect(await page.locator('[data-testid="report-visits-chart"] .recharts-pie').count()).toBe(1);
    expect(await page.locator('[data-testid="report-institutional-stages"] svg.recharts-surface').count()).toBe(1);
    // Element names from the configuration, in the console's language.
    expect(await testId('report-grades-radar').textContent()).toContain('Strategic planning');
    await screenshot(page, 'manager-report-en');

    // The CSV export is fetched with the token and saved as a file.
    const [download] = await Promise.all([page.waitForEvent('download'), testId('export-csv-institutional').click()]);
    expect(download.suggestedFilename()).toBe('mentorflow-institutional-year-1.csv');

    // Printing hides the app bar and the menu.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.MuiAppBar-root').isVisible()).toBe(false);
    expect(await testId('report-print').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Turkish, from the app bar's language menu.
    await page.locator('header button[aria-haspopup="true"]', { hasText: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Türkçe' }).click();
    await expect.poll(() => text('menu-reports')).toContain('Raporlar');
    await expect.poll(() => testId('report-grades-radar').textContent()).toContain('Stratejik planlama');
    expect(await text('report-organizations')).toContain('Kuruluşlar');
    await screenshot(page, 'manager-report-tr');
    await testId('menu-dashboard').click();
    await expect.poll(() => text('dashboard-welcome')).toContain('Hoş geldiniz');
    await screenshot(page, 'manager-dashboard-tr');
  }, 180_000);

  it('lets an admin edit the configuration, with the server’s errors on the fields', async () => {
    // Signed out, preferences (the Turkish language) forgotten.
    await page.evaluate('localStorage.clear()');
    await page.reload();
    await login(LOGINS.admin);
    await testId('menu-configuration').click();
    await testId('config-model').waitFor();
    expect(await text('config-version-note')).toContain('version 1');

    // A standard in English only: the API names the missing Turkish text on its field.
    await page.locator('textarea[name="elements.0.standard.en"]').fill('Decisions are taken by an elected board, minuted and shared.');
    await testId('config-save').click();
    const trHelper = page.locator('.MuiFormControl-root:has(textarea[name="elements.0.standard.tr"]) .MuiFormHelperText-root');
    await expect.poll(() => trHelper.textContent(), { timeout: 10_000 }).toBe('elements.0.standard.tr is required');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'manager-config-error');

    await page
      .locator('textarea[name="elements.0.standard.tr"]')
      .fill('Kararlar seçilmiş bir yönetim kurulunca alınır, tutanağa geçer ve paylaşılır.');
    await page.locator('input[name="elements.0.name.en"]').fill('Governance and decisions');
    await testId('config-save').click();
    await expect.poll(() => text('config-version-note'), { timeout: 10_000 }).toContain('version 2');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'manager-config-editor');

    const config = (await s.pm.get('/config/institutional')).body;
    expect(config.version).toBe(2);
    expect(config.elements[0]).toMatchObject({
      name: { en: 'Governance and decisions', tr: 'Yönetişim ve karar alma' },
      standard: { tr: 'Kararlar seçilmiş bir yönetim kurulunca alınır, tutanağa geçer ve paylaşılır.' },
    });
    await testId('config-tab-versions').click();
    await expect.poll(() => testId('config-version-row').count()).toBe(1);
    await expect.poll(() => testId('config-versions-institutional').textContent()).toContain('Deniz Admin');
    await screenshot(page, 'manager-config-versions');
  }, 120_000);
});
