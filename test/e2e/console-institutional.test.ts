/**
 * A mentor completes a self-assessment in the console's grid, and the program page then shows
 * the next stage (gender report) — the real console, API, worker, Temporal and PostgreSQL.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELEMENTS, PRINCIPLES } from '../../workflows/institutional/model';
import { screenshot, consoleSuite, submitLogin } from '../support/browser';
import { LOGINS } from '../support/demo';
import * as inst from '../support/institutional-data';
import { openTask, startInstitutional } from '../support/programs';

const s = consoleSuite();
let page: Page;
let program: { id: string };

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: inst.FAST });
  program = await startInstitutional(s.pm, s.users, 'Gökkuşağı Kadın Derneği', { years: 2 });
  page = await s.browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
});

const login = (email: string) => submitLogin(page, s.stack.baseUrl, email);

describe('console: institutional program', () => {
  it('lets a mentor fill the self-assessment grid; the program page then shows the gender report stage', async () => {
    const task = await openTask(s.pm, program.id, 'self_assessment');
    await login(LOGINS.mentor);
    // The mentor's dashboard lists due tasks too; the inbox is "My tasks".
    await page.locator('[data-testid="menu-tasks"]').click();
    await page.waitForURL(/#\/tasks/);
    const row = page.locator(`[data-testid="task-row"][data-task-id="${task.id}"]`);
    await row.waitFor({ timeout: 15_000 });
    await screenshot(page, 'institutional-inbox');
    await row.click();
    const form = page.locator('[data-testid="task-form-self_assessment"]');
    await form.waitFor();

    await page.locator('input[name="sessionDates.0"]').fill('2027-01-11');
    await page.locator('input[name="sessionDates.1"]').fill('2027-01-12');
    const people = [
      ['Ayten Yılmaz', 'Board chair'],
      ['Burak Demir', 'Coordinator'],
      ['Cemile Aksoy', 'Volunteer'],
    ];
    for (const [i, [name, position]] of people.entries()) {
      await page.locator(`input[name="participants.${i}.name"]`).fill(name);
      await page.locator(`input[name="participants.${i}.position"]`).fill(position);
    }
    for (const [i, e] of ELEMENTS.entries()) {
      await page.check(`input[name="elements.${e}.grade"][value="${(i % 5) + 1}"]`);
      await page.locator(`textarea[name="elements.${e}.strengths"]`).fill(`Strengths in ${e}`);
      await page.locator(`textarea[name="elements.${e}.improvementAreas"]`).fill(`Improve ${e}`);
    }
    for (const p of PRINCIPLES) await page.check(`input[name="principles.${p}"][value="3"]`);
    await page.locator('textarea[name="genderObservations"]').fill('Women are under-represented on the board.');
    await screenshot(page, 'institutional-self-assessment-grid');
    await page.locator('[data-testid="task-submit"]').click();
    await page.waitForURL(/#\/tasks\/?$/, { timeout: 20_000 });

    // The workflow moved on: the API shows the gender report as the stage and the grades as sent.
    const p = (await s.pm.get(`/programs/${program.id}`)).body;
    expect(p.stage).toBe('gender_report');
    const sa = p.live.tasks.find((t: { type: string }) => t.type === 'self_assessment');
    expect(sa.data.elements.governance.grade).toBe(1);
    expect(sa.data.elements.results.grade).toBe(5);
    expect(sa.data.participants).toHaveLength(3);

    await page.goto(`${s.stack.baseUrl}/#/programs/${program.id}/show`);
    const stepper = page.locator('[data-testid="stage-stepper"]');
    await expect.poll(() => stepper.getAttribute('data-active-stage'), { timeout: 15_000 }).toBe('gender_report');
    await expect.poll(() => page.locator('[data-testid="stage-step-self_assessment"]').getAttribute('data-state')).toBe('completed');
    await expect.poll(() => page.locator('[data-testid="year-indicator"]').textContent()).toMatch(/Year 1 of 2/);
    await screenshot(page, 'institutional-program-show');
    // The Temporal Web UI has no login: no link for a mentor ...
    expect(await page.locator('[data-testid="open-in-temporal"]').count()).toBe(0);
  });

  it('shows the Temporal Web UI link to a program manager, in English and Turkish, at 1440 and 390 px', async () => {
    // Signed out in this tab (and the mentor's cached identity gone with the reload).
    await page.evaluate('localStorage.clear()');
    await page.reload();
    await login(LOGINS.pm);
    await page.locator('[data-testid="menu-organizations"]').waitFor();
    await page.goto(`${s.stack.baseUrl}/#/programs/${program.id}/show`);
    const link = page.locator('[data-testid="open-in-temporal"]');
    await link.waitFor();
    expect(await link.getAttribute('href')).toContain(`/workflows/institutional-program-${program.id}`);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await screenshot(page, 'institutional-program-show-pm-en-1440');
    await page.locator('header button[aria-haspopup="true"]', { hasText: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Türkçe' }).click();
    await expect.poll(() => link.textContent()).not.toMatch(/Open in Temporal/i);
    await screenshot(page, 'institutional-program-show-pm-tr-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await link.waitFor();
    await screenshot(page, 'institutional-program-show-pm-tr-390');
  });
});
