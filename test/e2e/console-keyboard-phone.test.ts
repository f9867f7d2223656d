/**
 * The console without a mouse and on a phone (issue 11): list rows are reached with Tab and
 * opened with Enter (tasks, programs, organizations, users); at 390 px the inbox, a task form,
 * the program page and its plan table (Done/Drop) fit the screen, with the title and the stepper
 * not cut off. Screenshots at 1440 and 390 px, English and Turkish.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signedIn, consoleSuite, submitLogin, viewportShot } from '../support/browser';
import { LOGINS } from '../support/demo';
import * as inst from '../support/institutional-data';
import { completeToPlan, openTask, startAdvocacy, startInstitutional } from '../support/programs';
import { eventually } from '../support/stack';

const s = consoleSuite();
let program: { id: string };
let second: { id: string };
let advocacy: { id: string };

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: inst.WHILE_TYPING });
  // A long name, as real ones are: the title must wrap, not be cut off.
  program = await startInstitutional(s.pm, s.users, 'Sürdürülebilir Kalkınma ve Kadın Dayanışması Derneği Diyarbakır Şubesi', { years: 2 });
  second = await startInstitutional(s.pm, s.users, 'Engelsiz Yaşam Derneği', { years: 2 });
  await completeToPlan(s.mentor, s.gender, program.id);
  await eventually(async () => (await s.pm.get(`/programs/${program.id}`)).body.stage === 'implementation');
  await openTask(s.pm, second.id, 'self_assessment');
  advocacy = await startAdvocacy(s.pm, s.users, 'Roman Hakları Savunuculuk Platformu');
  await openTask(s.pm, advocacy.id, 'needs_assessment');
});

async function newPage(width: number, locale = 'en-GB') {
  const ctx = await s.browser.newContext({ viewport: { width, height: width > 400 ? 1000 : 844 }, locale });
  return ctx.newPage();
}

async function login(p: Page, email: string) {
  await submitLogin(p, s.stack.baseUrl, email);
  await signedIn(p, '#main-content', 15_000);
}

/** Presses Tab until a list row has the focus (or gives up after many presses). */
async function tabToRow(p: Page): Promise<string | null> {
  for (let i = 0; i < 80; i++) {
    await p.keyboard.press('Tab');
    // Strings: the test's TypeScript has no DOM types; this runs in the page.
    const isRow = await p.evaluate<boolean>(`document.activeElement?.getAttribute('data-row-link') === 'true'`);
    if (isRow) return p.evaluate<string>(`document.activeElement?.textContent ?? ''`);
  }
  return null;
}

/** What the screen shows without scrolling (the full-page shots are too tall to judge a phone by). */

/** Nothing wider than the screen: no sideways scrolling of the page. */
const pageOverflow = (p: Page) => p.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

/** How much of an element lies outside the viewport horizontally (0: fully visible). */
const clippedX = (p: Page, selector: string) =>
  p
    .locator(selector)
    .first()
    .evaluate((el, width) => {
      const r = el.getBoundingClientRect();
      return Math.max(0, -r.left) + Math.max(0, r.right - width);
    }, p.viewportSize()!.width);

describe('console: keyboard', () => {
  it('reaches list rows with Tab and opens them with Enter', async () => {
    const p = await newPage(1440);
    await login(p, LOGINS.mentor);
    await p.goto(`${s.stack.baseUrl}/#/tasks`);
    await p.locator('[data-testid="task-row"]').first().waitFor({ timeout: 15_000 });
    expect(await tabToRow(p)).toBeTruthy();
    const focused = await p.evaluate<string | null>(`document.activeElement?.getAttribute('data-task-id') ?? null`);
    await p.keyboard.press('Enter');
    await p.waitForURL(new RegExp(`#/tasks/${focused}/show`));
    await p.locator('[data-testid="task-header"]').waitFor();

    await p.goto(`${s.stack.baseUrl}/#/programs`);
    await p.locator('[data-row-link="true"]').first().waitFor({ timeout: 15_000 });
    expect(await tabToRow(p)).toBeTruthy();
    await p.keyboard.press('Enter');
    await p.waitForURL(/#\/programs\/[0-9a-f-]+\/show/);
    await p.locator('[data-testid="program-page"]').waitFor();
    await p.context().close();

    // Organizations for the program manager, users for the admin (theirs only).
    for (const [email, resource] of [
      [LOGINS.pm, 'organizations'],
      [LOGINS.admin, 'users'],
    ] as const) {
      const m = await newPage(1440);
      await login(m, email);
      await m.locator(`[data-testid="menu-${resource}"]`).click();
      await m.waitForURL(new RegExp(`#/${resource}`));
      await m
        .locator('[data-row-link="true"]')
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(async (e) => {
          await screenshot(m, `keyboard-${resource}-failure`);
          throw e;
        });
      expect(await tabToRow(m), resource).toBeTruthy();
      await m.keyboard.press('Enter');
      await m.waitForURL(new RegExp(`#/${resource}/[0-9a-f-]+(/show)?$`));
      await m.context().close();
    }
  });
});

describe('console: phone (390 px) and wide screens', () => {
  it('fits the inbox, a task form, the program page and its plan table on a phone, in English and Turkish', async () => {
    const task = await openTask(s.pm, second.id, 'self_assessment');
    for (const [locale, lang] of [
      ['en-GB', 'en'],
      ['tr-TR', 'tr'],
    ] as const) {
      for (const width of [390, 1440]) {
        const p = await newPage(width, locale);
        await login(p, LOGINS.mentor);
        const tag = `${width}-${lang}`;

        await p.goto(`${s.stack.baseUrl}/#/tasks`);
        await p
          .locator(width < 400 ? `a[href="#/tasks/${task.id}/show"]` : `[data-testid="task-row"][data-task-id="${task.id}"]`)
          .waitFor({ timeout: 15_000 });
        expect(await pageOverflow(p), `inbox ${tag}`).toBeLessThanOrEqual(0);
        await screenshot(p, `walk-inbox-${tag}`);

        await p.goto(`${s.stack.baseUrl}/#/tasks/${task.id}/show`);
        await p.locator('[data-testid="task-form-self_assessment"]').waitFor();
        expect(await pageOverflow(p), `task form ${tag}`).toBeLessThanOrEqual(0);
        expect(await clippedX(p, '[data-testid="task-submit"]'), `submit ${tag}`).toBe(0);
        await screenshot(p, `walk-task-self-assessment-${tag}`);
        await viewportShot(p, `walk-task-self-assessment-${tag}-screen`);

        await p.goto(`${s.stack.baseUrl}/#/programs/${program.id}/show`);
        await p.locator('[data-testid="plan-item-done"], [data-testid="plan-item-start"]').first().waitFor({ timeout: 15_000 });
        expect(await pageOverflow(p), `program page ${tag}`).toBeLessThanOrEqual(0);
        expect(await clippedX(p, '[data-testid="program-page"] h1'), `title ${tag}`).toBe(0);
        const title = p.locator('[data-testid="program-page"] h1');
        expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `title not cut ${tag}`).toBe(true);
        for (const step of ['self_assessment', 're_evaluation']) {
          expect(await clippedX(p, `[data-testid="stage-step-${step}"]`), `step ${step} ${tag}`).toBe(0);
        }
        expect(await clippedX(p, '[data-testid="plan-item-drop"]'), `Drop ${tag}`).toBe(0);
        expect(await clippedX(p, '[data-testid="plan-item-start"], [data-testid="plan-item-done"]'), `Start/Done ${tag}`).toBe(0);
        await screenshot(p, `walk-program-${tag}`);
        await viewportShot(p, `walk-program-${tag}-screen`);
        await p.locator('[data-testid="plan-panel"]').scrollIntoViewIfNeeded();
        await viewportShot(p, `walk-plan-${tag}-screen`);

        // The advocacy page: seven steps, each fully on screen; what comes next with its date.
        await p.goto(`${s.stack.baseUrl}/#/programs/${advocacy.id}/show`);
        await p.locator('[data-testid="whats-next-first"]').waitFor({ timeout: 15_000 });
        expect(await pageOverflow(p), `advocacy page ${tag}`).toBeLessThanOrEqual(0);
        for (const step of ['needs_assessment', 'presentation', 'completed']) {
          expect(await clippedX(p, `[data-testid="stage-step-${step}"]`), `advocacy step ${step} ${tag}`).toBe(0);
        }
        expect(await p.locator('[data-testid="whats-next-first"]').getAttribute('data-kind')).toBe('task_due');
        await screenshot(p, `walk-advocacy-${tag}`);
        await p.context().close();
      }
    }
  });
});
