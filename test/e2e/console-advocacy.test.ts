/**
 * The advocacy mentorship in the real console (Chromium) against the real API, worker,
 * Temporal and PostgreSQL: a manager starts one past the mentor limit with an override; the
 * mentor drafts the advocacy plan in the editor; the review asks for changes, which the
 * program page and the editor (English and Turkish) show beside the earlier version; the
 * revision is reviewed in the console with its differences, approved, presented and locked;
 * the final plan prints; a check-in reports on each indicator of the final plan.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { consoleSuite, fillInputs, stretchedShot, submitLogin } from '../support/browser';
import { LOGINS } from '../support/demo';
import { completeOpen, createOrg, openTask } from '../support/programs';
import { eventually } from '../support/stack';

const s = consoleSuite();
let context: BrowserContext;
let page: Page;
let program: { id: string };
/** The mentorship started in the console (first test); its first four forms are filled in the last. */
let second: string;

const CHANGES = 'Make the goal measurable: name the year and the share of children enrolled.';
const GOAL_V1 = 'Roma children in the municipality go to primary school';
const GOAL_V2 = 'By 2029, 95% of Roma children in the municipality are enrolled in primary school';

beforeAll(async () => {
  // Short due dates; check-ins every few seconds during a long enough implementation support;
  // one advocacy CSO per mentor, so the second one needs an override.
  const config = await s.admin.put('/config/advocacy', {
    durations: { ...adv.FAST, checkinCadence: 4_000, implementationLength: 30 * 60_000 },
    mentorLimit: 1,
  });
  expect(config.status, JSON.stringify(config.body)).toBe(200);
  const started = await s.pm.post('/programs', {
    organizationId: await createOrg(s.pm, 'Roma Rights Novi Pazar'),
    type: 'advocacy',
    mentorId: s.users[LOGINS.mentor],
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  program = started.body;
  await completeOpen(s.mentor, program.id, 'needs_assessment', adv.needs());
  await completeOpen(s.mentor, program.id, 'curriculum', adv.curriculum());
  await completeOpen(s.mentor, program.id, 'training', adv.training());
  await completeOpen(s.mentor, program.id, 'issue_workshop', adv.workshop());
  context = await s.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  page = await context.newPage();
});

/** Signs in afresh (a reload, so nothing of the previous user stays in memory). */
async function login(p: Page, email: string) {
  await submitLogin(p, s.stack.baseUrl, email, { signOut: true });
  await p.locator('[data-testid="menu-programs"]').waitFor({ timeout: 15_000 });
}

/** Sends the open task form and waits for the inbox it returns to. */
async function submitTask(p: Page) {
  await p.locator('[data-testid="task-submit"]').click();
  await p.waitForURL(/#\/tasks\/?$/, { timeout: 20_000 });
}

/** Fills a form's list of people (attendees, participants), one [name, position] a row. */
async function fillPeople(p: Page, field: string, people: [string, string][]) {
  for (const [i, [name, position]] of people.entries()) {
    await p.locator(`input[name="${field}.${i}.name"]`).fill(name);
    await p.locator(`input[name="${field}.${i}.position"]`).fill(position);
  }
}

/** Opens a task from "My tasks" (the mentor's inbox) and waits for its form. */
async function openFromInbox(p: Page, taskId: string, type: string) {
  await p.goto(`${s.stack.baseUrl}/#/tasks`);
  const row = p.locator(`[data-testid="task-row"][data-task-id="${taskId}"]`);
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await p.locator(`[data-testid="task-form-${type}"]`).waitFor({ timeout: 15_000 });
}

/** The helper text (error message) of an input, by the input's aria-describedby. */
async function helperText(p: Page, input: string) {
  const id = await p.locator(input).getAttribute('aria-describedby');
  return id ? p.locator(`[id="${id}"]`).textContent() : null;
}

const live = async () => (await s.pm.get(`/programs/${program.id}`)).body;

// Each step drives real workflows through the browser: allow for a busy machine.
describe('console: advocacy mentorship', { timeout: 120_000 }, () => {
  it('lets a manager start one past the mentor limit by confirming an override', async () => {
    const orgName = `Ženski Centar ${Date.now().toString(36)}`;
    const orgId = (
      await s.pm.post('/organizations', {
        name: orgName,
        city: 'Niš',
        fieldOfWork: 'Women’s rights',
        contactPerson: 'Mila Jovanović',
        email: 'info@zc.example.org',
        phone: '+381 18 000 000',
      })
    ).body.id;
    await login(page, LOGINS.pm);
    await page.goto(`${s.stack.baseUrl}/#/programs/create`);
    await page.locator('input[name="type"][value="advocacy"]').check();
    // No gender expert nor years in advocacy.
    await expect.poll(() => page.locator('input[name="genderExpertId"]').count()).toBe(0);
    await expect.poll(() => page.locator('input[name="years"]').count()).toBe(0);
    await page.locator('input[name="organizationId"]').fill(orgName.slice(0, 12));
    await page.getByRole('option', { name: orgName }).click();
    await page.locator('input[name="mentorId"]').click();
    await page.getByRole('option', { name: 'Ayşe Mentor' }).click();
    await page.locator('form button[type="submit"]').click();

    // 409: mentor1 already follows one advocacy CSO (the limit): the override is offered.
    const limit = page.locator('[data-testid="mentor-limit"]');
    await expect.poll(() => limit.textContent(), { timeout: 15_000 }).toMatch(/already follows 1 advocacy CSOs \(limit 1\)/);
    expect(page.url()).toMatch(/#\/programs\/create/);
    await stretchedShot(page, 'advocacy-create-mentor-limit');
    await page.locator('input[name="override"]').check();
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/#\/programs\/[0-9a-f-]{36}\/show/, { timeout: 20_000 });
    const createdId = /programs\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    second = createdId;
    await expect
      .poll(() => page.locator('[data-testid="stage-stepper"]').getAttribute('data-active-stage'), { timeout: 15_000 })
      .toBe('needs_assessment');
    const created = (await s.pm.get(`/programs/${createdId}`)).body;
    expect(created).toMatchObject({ type: 'advocacy', organizationId: orgId, mentorId: s.users[LOGINS.mentor], genderExpertId: null });
  });

  it('lets the mentor draft the advocacy plan in the editor and submit it for review', async () => {
    const task = await openTask(s.mentor, program.id, 'plan_drafting');
    await login(page, LOGINS.mentor);
    await openFromInbox(page, task.id, 'plan_drafting');
    const editor = page.locator('[data-testid="plan-editor"]');
    expect(await editor.getAttribute('data-versions')).toBe('0');
    expect(await editor.getAttribute('data-next-version')).toBe('1');

    await page.locator('textarea[name="goal"]').fill(GOAL_V1);
    await page.locator('input[name="objectives.0"]').fill('Municipal enrolment campaign adopted');
    await page.locator('[data-testid="add-objectives"]').click();
    await page.locator('input[name="objectives.1"]').fill('Free school transport for remote settlements');
    await page.locator('input[name="targetDecisionMakers.0"]').fill('Mayor');
    await page.locator('[data-testid="add-allies"]').click();
    await fillInputs(page, {
      'allies.0': 'School board',
      'keyMessages.0': 'Every child in school',
      'activities.0.title': 'Public consultation submission',
      'activities.0.start': '2027-04-30',
      'activities.0.end': '2027-04-01',
      'indicators.0': 'Campaign adopted by council',
    });
    await page.locator('[data-testid="add-indicators"]').click();
    await page.locator('input[name="indicators.1"]').fill('Transport budget line created');
    await page.locator('input[name="legalMechanisms.0"]').fill('Public consultation');

    // An activity ending before it starts is refused on its end date, before anything is sent.
    await page.locator('[data-testid="task-submit"]').click();
    await expect.poll(() => helperText(page, 'input[name="activities.0.end"]')).toBe('The end must not be before the start');
    expect((await live()).stage).toBe('plan_drafting');
    await page.locator('input[name="activities.0.start"]').fill('2027-04-01');
    await page.locator('input[name="activities.0.end"]').fill('2027-04-30');
    await stretchedShot(page, 'advocacy-plan-editor-first-draft');

    await submitTask(page);
    const p = await live();
    expect(p.stage).toBe('plan_review');
    expect(p.live.planVersions).toHaveLength(1);
    expect(p.live.planVersions[0].plan).toEqual({
      goal: GOAL_V1,
      objectives: ['Municipal enrolment campaign adopted', 'Free school transport for remote settlements'],
      targetDecisionMakers: ['Mayor'],
      allies: ['School board'],
      opponents: [],
      keyMessages: ['Every child in school'],
      activities: [{ title: 'Public consultation submission', start: '2027-04-01', end: '2027-04-30' }],
      indicators: ['Campaign adopted by council', 'Transport budget line created'],
      legalMechanisms: ['Public consultation'],
      risks: [],
    });
    expect(p.live.planVersions[0].review).toBeNull();

    // The review task is in the inbox, showing the submitted version.
    const review = await openTask(s.mentor, program.id, 'plan_review');
    await openFromInbox(page, review.id, 'plan_review');
    await expect.poll(() => page.locator('[data-testid="current-plan-view"] [data-testid="plan-view-goal"]').textContent()).toBe(GOAL_V1);
    expect(await page.locator('[data-testid="previous-version"]').count()).toBe(0);
    await stretchedShot(page, 'advocacy-plan-review-first');
  });

  it('shows the requested changes on the program page and beside the editor (English and Turkish)', async () => {
    await completeOpen(s.mentor, program.id, 'plan_review', { decision: 'request_changes', comments: CHANGES });

    await page.goto(`${s.stack.baseUrl}/#/programs/${program.id}/show`);
    const stepper = page.locator('[data-testid="stage-stepper"]');
    await expect.poll(() => stepper.getAttribute('data-active-stage'), { timeout: 15_000 }).toBe('plan_drafting');
    expect(await page.locator('[data-testid="stage-step-issue_workshop"]').getAttribute('data-state')).toBe('completed');
    expect(await page.locator('[data-testid="stage-step-plan"]').getAttribute('data-state')).toBe('active');
    await expect.poll(() => page.locator('[data-testid="stage-step-plan"]').textContent()).toContain('Version 1: changes requested');
    const v1 = page.locator('[data-testid="plan-version"][data-version="1"]');
    expect(await v1.getAttribute('data-decision')).toBe('request_changes');
    expect(await v1.locator('[data-testid="review-outcome"]').textContent()).toBe('Changes requested');
    expect(await v1.locator('[data-testid="review-comments"]').textContent()).toBe(CHANGES);
    await v1.locator('[data-testid="toggle-version-1"]').click();
    await expect.poll(() => v1.locator('[data-testid="plan-view-goal"]').textContent()).toBe(GOAL_V1);
    await stretchedShot(page, 'advocacy-program-changes-requested');

    // The next draft starts from version 1, with version 1 and its review beside the editor.
    const task = await openTask(s.mentor, program.id, 'plan_drafting');
    await openFromInbox(page, task.id, 'plan_drafting');
    expect(await page.locator('[data-testid="plan-editor"]').getAttribute('data-next-version')).toBe('2');
    expect(await page.locator('[data-testid="changes-requested"]').textContent()).toContain(CHANGES);
    const column = page.locator('[data-testid="plan-versions-column"]');
    expect(await column.getAttribute('data-version')).toBe('1');
    expect(await column.locator('[data-testid="review-comments"]').textContent()).toBe(CHANGES);
    expect(await column.locator('[data-testid="review-outcome"]').textContent()).toBe('Changes requested');
    expect(await page.locator('textarea[name="goal"]').inputValue()).toBe(GOAL_V1);
    expect(await page.locator('input[name="indicators.1"]').inputValue()).toBe('Transport budget line created');
    await page.locator('textarea[name="goal"]').fill(GOAL_V2);
    await page.locator('[data-testid="add-risks"]').click();
    await page.locator('input[name="risks.0"]').fill('Elections delay council sessions');
    await stretchedShot(page, 'advocacy-plan-editor-versions');

    // The same editor for a Turkish browser.
    const trContext = await s.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'tr-TR' });
    const tr = await trContext.newPage();
    await login(tr, LOGINS.mentor);
    await tr.goto(`${s.stack.baseUrl}/#/tasks/${task.id}/show`);
    await tr.locator('[data-testid="task-form-plan_drafting"]').waitFor({ timeout: 15_000 });
    expect(await tr.locator('[data-testid="task-submit"]').textContent()).toBe('Taslağı incelemeye gönder');
    expect(await tr.locator('[data-testid="plan-versions-column"] [data-testid="review-outcome"]').textContent()).toBe(
      'Değişiklik istendi',
    );
    expect(await tr.locator('[data-testid="changes-requested"]').textContent()).toContain(CHANGES);
    await expect.poll(() => tr.locator('[data-testid="section-goal"] h2').textContent()).toBe('Amaç ve hedefler');
    await stretchedShot(tr, 'advocacy-plan-editor-tr');
    await trContext.close();

    await submitTask(page);
    const p = await live();
    expect(p.stage).toBe('plan_review');
    expect(p.live.planVersions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(p.live.planVersions[1].plan).toMatchObject({
      goal: GOAL_V2,
      risks: ['Elections delay council sessions'],
      indicators: adv.plan().indicators,
    });
  });

  it('shows both versions with their differences for the review, approves and presents from the console', async () => {
    const review = await openTask(s.mentor, program.id, 'plan_review');
    // The mentor drafted this version: the console says why they cannot approve it (issue 12) ...
    await openFromInbox(page, review.id, 'plan_review');
    await page.locator('[data-testid="own-draft"]').waitFor({ timeout: 15_000 });
    // ... and the program manager reviews it.
    await login(page, LOGINS.pm);
    await page.goto(`${s.stack.baseUrl}/#/tasks/${review.id}/show`);
    await page.locator('[data-testid="task-form-plan_review"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="current-version"]').getAttribute('data-version')).toBe('2');
    expect(await page.locator('[data-testid="previous-version"]').getAttribute('data-version')).toBe('1');
    // The goal changed and a risk was added (2 changes); version 1's comments are shown with it.
    expect(await page.locator('[data-testid="plan-changes"]').getAttribute('data-changes')).toBe('2');
    expect(await page.locator('[data-testid="current-plan-view"] [data-testid="plan-view-goal"]').getAttribute('data-diff')).toBe(
      'changed',
    );
    expect(await page.locator('[data-testid="current-plan-view"] [data-testid="plan-view-risks"] li').getAttribute('data-diff')).toBe(
      'added',
    );
    expect(await page.locator('[data-testid="previous-version"] [data-testid="review-comments"]').textContent()).toBe(CHANGES);

    // Requesting changes without saying what is refused in the form.
    await page.locator('input[name="decision"][value="request_changes"]').check();
    await page.locator('[data-testid="task-submit"]').click();
    await expect.poll(() => helperText(page, 'textarea[name="comments"]')).toMatch(/at least 5 characters/);
    await page.locator('input[name="decision"][value="approve"]').check();
    await page.locator('textarea[name="comments"]').fill('Measurable now; ready to present to the board.');
    await stretchedShot(page, 'advocacy-plan-review-diff');
    await submitTask(page);
    const p = await live();
    expect(p.stage).toBe('presentation');
    expect(p.live.planVersions[1].review).toMatchObject({
      decision: 'approve',
      comments: 'Measurable now; ready to present to the board.',
    });

    await login(page, LOGINS.mentor);
    const presentation = await openTask(s.mentor, program.id, 'presentation');
    await openFromInbox(page, presentation.id, 'presentation');
    expect(await page.locator('[data-testid="finalises-version"]').textContent()).toContain('version 2');
    await page.locator('input[name="date"]').fill('2027-05-15');
    await page.locator('input[name="audience.0"]').fill('Board');
    await page.locator('[data-testid="add-audience"]').click();
    await page.locator('input[name="audience.1"]').fill('School board representative');
    await page.locator('textarea[name="feedback"]').fill('Plan endorsed; add a media activity later.');
    await stretchedShot(page, 'advocacy-presentation-form');

    // Locking is confirmed first; cancelling changes nothing.
    await page.locator('[data-testid="task-submit"]').click();
    const confirm = page.locator('[data-testid="confirm-lock"]');
    await expect.poll(() => confirm.locator('#alert-dialog-title').textContent()).toBe('Finalise and lock the plan?');
    expect(await confirm.textContent()).toContain('Version 2 becomes the final advocacy plan');
    await confirm.getByRole('button', { name: /cancel/i }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await live()).stage).toBe('presentation');
    await page.locator('[data-testid="task-submit"]').click();
    await stretchedShot(page, 'advocacy-presentation-confirm');
    await confirm.locator('button.ra-confirm').click();
    await page.waitForURL(/#\/tasks\/?$/, { timeout: 20_000 });
  });

  it('locks the presented plan, badges it and prints it as a document', async () => {
    await page.goto(`${s.stack.baseUrl}/#/programs/${program.id}/show`);
    await expect
      .poll(() => page.locator('[data-testid="stage-stepper"]').getAttribute('data-active-stage'), { timeout: 15_000 })
      .toBe('implementation_support');
    expect(await page.locator('[data-testid="stage-step-plan"]').getAttribute('data-state')).toBe('completed');
    await expect
      .poll(() => page.locator('[data-testid="program-page"] [data-testid="final-plan-badge"]').first().textContent())
      .toBe('Final plan (locked) · v2');
    const v2 = page.locator('[data-testid="plan-version"][data-version="2"]');
    expect(await v2.getAttribute('data-decision')).toBe('approve');
    expect(await v2.locator('[data-testid="final-plan-badge"]').textContent()).toBe('Final plan (locked)');
    await stretchedShot(page, 'advocacy-program-locked');

    await page.locator('[data-testid="open-final-plan"]').click();
    await page.waitForURL(/#\/programs\/[0-9a-f-]{36}\/final-plan/);
    const doc = page.locator('[data-testid="final-plan-document"]');
    await doc.waitFor({ timeout: 15_000 });
    expect(await doc.getAttribute('data-version')).toBe('2');
    expect(await doc.locator('[data-testid="plan-view-goal"]').textContent()).toBe(GOAL_V2);
    expect(await doc.locator('[data-testid="plan-view-indicators"] li').allTextContents()).toEqual(adv.plan().indicators);
    expect(await doc.textContent()).toContain('15 May 2027 · Board, School board representative');
    await stretchedShot(page, 'advocacy-final-plan');

    // Print calls the browser's print dialog; printed, only the document remains.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.locator('[data-testid="print-final-plan"]').click();
    expect(await page.evaluate('window.printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="print-final-plan"]').isVisible()).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await doc.isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await stretchedShot(page, 'advocacy-final-plan-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1400, height: 1000 });

    // The locked plan can no longer change.
    const edit = await s.mentor.post(`/programs/${program.id}/plan-drafts`, adv.plan('A different goal for the same CSO'));
    expect(edit.status).toBe(409);
  });

  it('lists the final plan’s indicators in a check-in, each with its status', async () => {
    const task = await eventually(
      async () =>
        (await s.mentor.get('/tasks', { filter: { programId: program.id, type: 'implementation_checkin', status: 'open' } })).body[0],
      30_000,
    );
    await openFromInbox(page, task.id, 'implementation_checkin');
    const indicators = adv.plan().indicators;
    for (const [i, text] of indicators.entries()) {
      expect(await page.locator(`[data-testid="indicator-${i}"]`).textContent()).toContain(`${i + 1}. ${text}`);
    }
    await page.locator('input[name="indicatorProgress.0.status"][value="achieved"]').check();
    await page.locator('input[name="indicatorProgress.0.note"]').fill('Adopted at the March session');
    await page.locator('input[name="indicatorProgress.1.status"][value="in_progress"]').check();
    await page.locator('textarea[name="activitiesDone"]').fill('Submitted to the public consultation; met the education committee.');
    await page.locator('textarea[name="nextSteps"]').fill('Follow the budget debate');
    await stretchedShot(page, 'advocacy-checkin-form');
    await submitTask(page);

    const done = await eventually(async () => {
      const r = await s.mentor.get('/tasks', { filter: { programId: program.id, type: 'implementation_checkin', status: 'completed' } });
      return r.body[0];
    });
    expect(done.data).toEqual({
      activitiesDone: 'Submitted to the public consultation; met the education committee.',
      obstacles: '',
      nextSteps: 'Follow the budget debate',
      indicatorProgress: [
        { indicator: 0, status: 'achieved', note: 'Adopted at the March session' },
        { indicator: 1, status: 'in_progress' },
      ],
    });
    await page.goto(`${s.stack.baseUrl}/#/programs/${program.id}/show`);
    const checkin = page.locator('[data-testid="checkins"] [data-testid="checkin"]').first();
    await checkin.waitFor({ timeout: 15_000 });
    expect(
      await checkin.locator('[data-testid="indicator-status"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
    ).toEqual(['achieved', 'in_progress']);
    await stretchedShot(page, 'advocacy-program-checkins');
  });

  it('lets the mentor fill the needs assessment, curriculum, training and issue workshop in the console', async () => {
    // Needs assessment: needs are numbered N1, N2 by their order.
    let task = await openTask(s.mentor, second, 'needs_assessment');
    await openFromInbox(page, task.id, 'needs_assessment');
    await page.locator('textarea[name="needs.0.description"]').fill('Evidence-based advocacy: collecting and using data');
    await page.locator('[data-testid="add-need"]').click();
    await page.locator('textarea[name="needs.1.description"]').fill('Working with the municipal council');
    await page.locator('textarea[name="priorities"]').fill('Protection of women survivors of violence in Niš');
    await page.locator('input[name="constituencies.0"]').fill('Women survivors of violence');
    await page.locator('[data-testid="task-form-needs_assessment"] input[type="checkbox"][value="local"]').check();
    await page.locator('[data-testid="task-form-needs_assessment"] input[type="checkbox"][value="national"]').check();
    await stretchedShot(page, 'advocacy-needs-assessment-form');
    await submitTask(page);
    const needs = (await s.pm.get(`/programs/${second}`)).body.live.needs;
    expect(needs).toEqual({
      needs: [
        { id: 'N1', description: 'Evidence-based advocacy: collecting and using data' },
        { id: 'N2', description: 'Working with the municipal council' },
      ],
      priorities: 'Protection of women survivors of violence in Niš',
      constituencies: ['Women survivors of violence'],
      levels: ['local', 'national'],
    });

    // Curriculum: modules answer the assessment's needs. A blank title passes the browser but
    // not the workflow's validator, whose message lands on that very input of the second module.
    task = await openTask(s.mentor, second, 'curriculum');
    await openFromInbox(page, task.id, 'curriculum');
    expect(await page.locator('[data-testid="needs-list"]').textContent()).toContain('N2Working with the municipal council');
    await page.locator('input[name="modules.0.title"]').fill('Research for advocacy');
    await page.locator('textarea[name="modules.0.topics"]').fill('Data sources\nSurveys\n');
    await page.locator('input[name="modules.0.hours"]').fill('6');
    await page.locator('[data-testid="module-0"] input[type="checkbox"][value="N1"]').check();
    await page.locator('[data-testid="add-module"]').click();
    await page.locator('input[name="modules.1.title"]').fill('   ');
    await page.locator('textarea[name="modules.1.topics"]').fill('Council procedures');
    await page.locator('input[name="modules.1.hours"]').fill('4');
    await page.locator('[data-testid="module-1"] input[type="checkbox"][value="N2"]').check();
    await page.locator('[data-testid="task-submit"]').click();
    await expect.poll(() => helperText(page, 'input[name="modules.1.title"]'), { timeout: 15_000 }).toBe('modules.1.title is required');
    expect(page.url()).toContain(`/tasks/${task.id}/show`);
    await page.locator('input[name="modules.1.title"]').fill('Lobbying the council');
    await stretchedShot(page, 'advocacy-curriculum-form');
    await submitTask(page);

    // Training: the modules delivered are ticked from the curriculum.
    task = await openTask(s.mentor, second, 'training');
    await openFromInbox(page, task.id, 'training');
    await page.locator('input[name="dates.0"]').fill('2027-02-01');
    await page.locator('input[name="dates.1"]').fill('2027-02-02');
    await fillPeople(page, 'attendees', [
      ['Mila Jovanović', 'Director'],
      ['Ivana Petrović', 'Project coordinator'],
    ]);
    const delivered = page.locator('[data-testid="task-form-training"] input[type="checkbox"]');
    expect(await delivered.evaluateAll((els) => els.map((e) => e.getAttribute('value')))).toEqual([
      'Research for advocacy',
      'Lobbying the council',
    ]);
    await delivered.first().check();
    await delivered.last().check();
    await stretchedShot(page, 'advocacy-training-form');
    await submitTask(page);

    // Issue workshop.
    task = await openTask(s.mentor, second, 'issue_workshop');
    await openFromInbox(page, task.id, 'issue_workshop');
    await page.locator('input[name="date"]').fill('2027-03-01');
    await fillPeople(page, 'participants', [
      ['Mila Jovanović', 'Director'],
      ['Sara Nikolić', 'Volunteer'],
    ]);
    await page.locator('input[name="issuesConsidered.0"]').fill('Shelter capacity');
    await page.locator('[data-testid="add-issuesConsidered"]').click();
    await page.locator('input[name="issuesConsidered.1"]').fill('Free legal aid');
    await page.locator('input[name="chosenIssue"]').fill('Shelter capacity in Niš');
    await page.locator('textarea[name="rationale"]').fill('The only shelter turns women away every month');
    await page.locator('textarea[name="researchEvidence"]').fill('Shelter records 2024-2026');
    await stretchedShot(page, 'advocacy-issue-workshop-form');
    await submitTask(page);

    const p = (await s.pm.get(`/programs/${second}`)).body;
    expect(p.stage).toBe('plan_drafting');
    const data = (type: string) => p.live.tasks.find((t: { type: string }) => t.type === type).data;
    expect(data('curriculum').modules).toEqual([
      { title: 'Research for advocacy', topics: ['Data sources', 'Surveys'], hours: 6, needIds: ['N1'] },
      { title: 'Lobbying the council', topics: ['Council procedures'], hours: 4, needIds: ['N2'] },
    ]);
    expect(data('training')).toEqual({
      dates: ['2027-02-01', '2027-02-02'],
      attendees: [
        { name: 'Mila Jovanović', position: 'Director' },
        { name: 'Ivana Petrović', position: 'Project coordinator' },
      ],
      modulesDelivered: ['Research for advocacy', 'Lobbying the council'],
    });
    expect(data('issue_workshop')).toMatchObject({
      date: '2027-03-01',
      issuesConsidered: ['Shelter capacity', 'Free legal aid'],
      chosenIssue: 'Shelter capacity in Niš',
    });
  });
});
