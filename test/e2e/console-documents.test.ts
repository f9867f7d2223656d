/**
 * Documents in the console (issue 14): a mentor marks a study done by attaching its evidence
 * (the dialog refuses done with neither a file nor a reason), downloads the year's
 * self-assessment report (a PDF whose text is checked), shares a library resource, which then
 * shows on the program's history; the library is browsed by element, the self-assessment form
 * shows each element's resources, and the needs page counts the cohort. English and Turkish,
 * 1440 and 390 px. Real console, API, worker, Temporal and PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, consoleSuite } from '../support/browser';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { samplePdf } from '../support/files';
import * as inst from '../support/institutional-data';
import { pdfText } from '../support/pdf-text';
import { completeToPlan, openTask, startInstitutional } from '../support/programs';
import { eventually } from '../support/stack';

const s = consoleSuite();
let programId: string;
let secondId: string;
let items: { id: string; title: string }[];
let resourceId: string;

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: inst.WHILE_TYPING });
  programId = (await startInstitutional(s.pm, s.users, 'Belge Derneği')).id;
  secondId = (await startInstitutional(s.pm, s.users, 'Kaynak Gençlik Derneği')).id;
  await completeToPlan(s.mentor, s.gender, programId, { assessment: inst.selfAssessment(2) });
  items = (await s.mentor.get('/improvements', { filter: { programId, year: 1 }, sort: ['position', 'ASC'] })).body;
  expect((await s.mentor.put(`/improvements/${items[0].id}`, { status: 'in_progress' })).status).toBe(200);
  const r = await s.pm.post('/resources', {
    kind: 'link',
    url: 'https://example.org/strategic-planning',
    titleEn: 'Strategic planning module',
    titleTr: 'Stratejik planlama modülü',
    descriptionEn: 'Workshop guide and plan template',
    descriptionTr: 'Atölye rehberi ve plan şablonu',
    elements: ['strategic_planning'],
    studyTypes: ['strategic_planning'],
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  resourceId = r.body.id;
});

async function open(email: string, locale: 'en' | 'tr', width = 1440): Promise<Page> {
  const p = await s.browser.newPage({
    viewport: { width, height: 1000 },
    locale: locale === 'tr' ? 'tr-TR' : 'en-GB',
    acceptDownloads: true,
  });
  await p.goto(`${s.stack.baseUrl}/#/login`);
  await p.evaluate(`localStorage.clear(); localStorage.setItem('RaStorementorflow.locale', '"${locale}"')`);
  await p.reload();
  await p.locator('input[name="email"]').fill(email);
  await p.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await p.locator('button[type="submit"]').click();
  await p.waitForURL((url) => !url.hash.includes('login'), { timeout: 15_000 });
  await p.locator('#main-content').waitFor({ timeout: 15_000 });
  return p;
}

describe('console: documents', () => {
  it('marks a study done with its evidence, downloads the report and shares a resource (en, 1440 px)', async () => {
    // A study done earlier without a file, with its reason: the documents panel says why.
    expect(
      (
        await s.mentor.put(`/improvements/${items[1].id}`, {
          status: 'done',
          noEvidenceReason: 'Drawn on the wall; the CSO keeps the photo',
        })
      ).status,
    ).toBe(200);
    const page = await open(LOGINS.mentor, 'en');
    await page.goto(`${s.stack.baseUrl}/#/programs/${programId}/show`);
    await page.locator('[data-testid="documents-panel"]').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('[data-testid="no-evidence"]').textContent(), { timeout: 15_000 })
      .toContain('Map stakeholders and allies: Drawn on the wall');

    // Done without evidence or reason: the dialog says what is missing and nothing changes.
    await page.locator('[data-testid="plan-item-done"]').first().click();
    const dialog = page.locator('[data-testid="done-dialog"]');
    await dialog.waitFor();
    await dialog.locator('[data-testid="done-confirm"]').click();
    await expect.poll(() => dialog.textContent()).toContain('Attach a file or give a reason');
    expect((await s.mentor.get('/improvements', { filter: { id: items[0].id } })).body[0].status).toBe('in_progress');

    // Attach the strategic plan as evidence, then done.
    await dialog
      .locator('[data-testid="evidence-upload-input"]')
      .setInputFiles({ name: 'Stratejik Plan 2027.pdf', mimeType: 'application/pdf', buffer: samplePdf('Strategic plan') });
    await dialog.locator('[data-testid="file-line"]').waitFor({ timeout: 15_000 });
    await screenshot(page, 'documents-done-dialog-en-1440');
    await dialog.locator('[data-testid="done-confirm"]').click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
    await eventually(async () => (await s.mentor.get('/improvements', { filter: { id: items[0].id } })).body[0].status === 'done');
    const files = (await s.mentor.get('/files', { ownerType: 'plan_item', ownerId: items[0].id })).body;
    expect(files.map((f: { name: string }) => f.name)).toEqual(['Stratejik Plan 2027.pdf']);

    // The year's report, downloaded from the program page in the program's language (Turkish
    // unless set), with a copy in the other language; then the mentor sets it to English.
    const reportText = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testId}"]`).click()]);
      return {
        name: download.suggestedFilename(),
        text: (await pdfText(readFileSync((await download.path())!))).join(' ').replace(/\s+/g, ' '),
      };
    };
    const turkish = await reportText('report-year-1');
    expect(turkish.name).toMatch(/^oz-degerlendirme-.*-yil-1\.pdf$/);
    expect(turkish.text).toContain('Öz değerlendirme raporu');
    expect((await reportText('report-year-1-other')).text).toContain('Self-assessment report');
    await page.getByRole('combobox', { name: /Report language/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect.poll(async () => (await s.mentor.get(`/programs/${programId}`)).body.language).toBe('en');
    await expect.poll(() => page.locator('[data-testid="report-year-1-other"]').textContent()).toBe('Turkish copy');
    const { name, text } = await reportText('report-year-1');
    expect(name).toMatch(/^self-assessment-.*-year-1\.pdf$/);
    expect(text).toContain('Self-assessment report');
    expect(text).toContain('Ayten Yılmaz');
    expect(text).toContain('Evidence: Stratejik Plan 2027.pdf');

    // Share a library resource: it shows in the documents panel and on the history.
    await page.locator('[data-testid="share-resource-open"]').click();
    const share = page.locator('[data-testid="share-dialog"]');
    await share.locator('[data-testid="share-resource"] input').fill('Strategic');
    await page.getByRole('option', { name: 'Strategic planning module' }).click();
    await share.locator('[data-testid="share-confirm"]').click();
    await page.locator('[data-testid="shared-resource"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('[data-testid="history"]').textContent()).toContain('Resource shared: Strategic planning module');
    expect((await s.mentor.get(`/programs/${programId}/resources`)).body.map((s: { resourceId: string }) => s.resourceId)).toEqual([
      resourceId,
    ]);
    await page.locator('[data-testid="documents-panel"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-program-en-1440');
    await page.close();
  });

  it('shows the library by element, the resources on the self-assessment form, and the needs page (tr and en, 1440 and 390 px)', async () => {
    const task = await openTask(s.mentor, secondId, 'self_assessment');
    for (const [locale, width] of [
      ['tr', 1440],
      ['en', 390],
      ['tr', 390],
    ] as const) {
      const page = await open(LOGINS.mentor, locale, width);
      await page.goto(`${s.stack.baseUrl}/#/resources`);
      await page.locator('[data-testid="resource-open"]').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('#main-content').textContent()).toContain(
        locale === 'tr' ? 'Stratejik planlama modülü' : 'Strategic planning module',
      );
      await screenshot(page, `documents-resources-${locale}-${width}`);

      await page.goto(`${s.stack.baseUrl}/#/tasks/${task.id}/show`);
      const panel = page.locator('[data-testid="element-resources-strategic_planning"]');
      await panel.waitFor({ timeout: 15_000 });
      expect(await panel.textContent()).toContain(locale === 'tr' ? 'Stratejik planlama modülü' : 'Strategic planning module');
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/documents-sa-form-${locale}-${width}.png` });

      await page.goto(`${s.stack.baseUrl}/#/programs/${programId}/show`);
      await page.locator('[data-testid="documents-panel"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-testid="documents-panel"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/documents-program-${locale}-${width}.png` });
      await page.close();
    }

    // Publishing: the create form (en, 1440) and an edit with its file (tr, 390).
    for (const [locale, width] of [
      ['en', 1440],
      ['tr', 390],
    ] as const) {
      const pmPage = await open(LOGINS.pm, locale, width);
      await pmPage.goto(`${s.stack.baseUrl}/#/resources/${locale === 'en' ? 'create' : `${resourceId}`}`);
      await pmPage.locator('input[name="titleEn"]').waitFor({ timeout: 15_000 });
      await screenshot(pmPage, `documents-resource-form-${locale}-${width}`);
      await pmPage.close();
    }

    const manager = await open(LOGINS.pm, 'tr');
    await manager.goto(`${s.stack.baseUrl}/#/needs`);
    await manager.locator('[data-testid="needs-study-types"]').waitFor({ timeout: 15_000 });
    expect(await manager.locator('[data-testid="needs-count"]').textContent()).toContain('2 kurumsal program');
    expect(await manager.locator('[data-testid="needs-study-types"]').textContent()).toContain('Stratejik planlama');
    await screenshot(manager, 'documents-needs-tr-1440');
    // "Plan a workshop" opens the events form with the topic and the CSOs.
    await manager.locator('[data-testid="needs-start-event"]').first().click();
    await manager.waitForURL((url) => url.hash.startsWith('#/events/create'), { timeout: 10_000 });
    await expect.poll(() => manager.locator('input[name="topic"]').inputValue(), { timeout: 10_000 }).not.toBe('');
    await screenshot(manager, 'documents-needs-event-tr-1440');
    await manager.close();
  });
});
