/**
 * Issue 12 in the real console (Chromium) against the real API, worker, Temporal and PostgreSQL:
 * a mentor invites a CSO member from the organisation page (no SMTP here, so the console shows
 * the link to pass on); the member accepts it on a phone (390 px), sets a password and lands in
 * the CSO view; a used link is refused; the mentor asks the members to grade, the member grades
 * the 10 elements and 5 principles on the phone, and the mentor's self-assessment form shows the
 * member's grades beside each element and fills the participants from them; in the advocacy
 * mentorship the mentor lets the organisation draft the plan, the member drafts version 1 on the
 * phone and the mentor's review says who drafted it. Then every CSO screen is shot in English and
 * Turkish at 1440 and 390 px (test-results/screenshots/cso-*.png).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ELEMENTS, PRINCIPLES } from '../../workflows/institutional/model';
import * as adv from '../support/advocacy-data';
import { consoleSuite, fillInputs, screenshot, stretchedShot, submitLogin } from '../support/browser';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import * as inst from '../support/institutional-data';
import { completeChain, completeOpen, openTask, startInstitutional } from '../support/programs';
import { eventually } from '../support/stack';

const s = consoleSuite();
let desk: BrowserContext;
let phone: BrowserContext;
let mentorPage: Page;
let memberPage: Page;
let member: ApiClient;
let orgId: string;
let institutional: string;
let advocacy: string;
let link: string;

const MEMBER = { email: `elif.${Date.now().toString(36)}@cso.example.org`, fullName: 'Elif Kaya', password: 'a-long-member-password' };
const GOAL = 'Every girl in the district finishes secondary school by 2030';

beforeAll(async () => {
  ({ id: institutional, organizationId: orgId } = await startInstitutional(s.pm, s.users, 'Umut Kadın Dayanışma Derneği', { years: 2 }));
  const second = await s.pm.post('/programs', {
    organizationId: orgId,
    type: 'advocacy',
    mentorId: s.users[LOGINS.mentor],
    override: true,
  });
  expect(second.status, JSON.stringify(second.body)).toBe(201);
  advocacy = second.body.id;
  await completeChain(advocacy, [
    [s.mentor, 'needs_assessment', adv.needs()],
    [s.mentor, 'curriculum', adv.curriculum()],
    [s.mentor, 'training', adv.training()],
    [s.mentor, 'issue_workshop', adv.workshop()],
  ]);
  await openTask(s.mentor, institutional, 'self_assessment');
  desk = await s.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  phone = await s.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', isMobile: true, hasTouch: true });
  mentorPage = await desk.newPage();
  memberPage = await phone.newPage();
  // A console crash is printed with the test's output.
  for (const p of [mentorPage, memberPage]) {
    p.on('pageerror', (e) => console.error('pageerror:', e.message));
    p.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text().slice(0, 600)));
  }
});
// What each page showed when a step failed, to read with the error.
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  await mentorPage?.screenshot({ path: `test-results/screenshots/cso-failed-mentor.png`, fullPage: true }).catch(() => undefined);
  await memberPage?.screenshot({ path: `test-results/screenshots/cso-failed-member.png`, fullPage: true }).catch(() => undefined);
});

/** Signs in afresh in a page's context, in a language. */
async function login(p: Page, email: string, password: string, locale: 'en' | 'tr' = 'en') {
  await submitLogin(p, s.stack.baseUrl, email, { signOut: true, password, locale });
  // Signed in: the menu (1440 px) or the app bar's menu button (a phone's menu is a closed drawer).
  await p.locator('[data-testid="menu-dashboard"]:visible, .RaAppBar-menuButton:visible').first().waitFor({ timeout: 20_000 });
}

/** No horizontal scrolling on a phone: the page is as wide as the viewport. */
async function fitsWidth(p: Page) {
  const overflow = Number(await p.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
  expect(overflow).toBeLessThanOrEqual(1);
}

describe('console: CSO members', { timeout: 180_000 }, () => {
  it('lets the mentor invite a member from the organisation page and shows the link to pass on', async () => {
    await login(mentorPage, LOGINS.mentor, DEMO_PASSWORD);
    await mentorPage.goto(`${s.stack.baseUrl}/#/organizations/${orgId}/show`);
    const panel = mentorPage.locator('[data-testid="members-panel"]');
    await panel.waitFor({ timeout: 15_000 });
    await mentorPage.locator('[data-testid="invite-member"]').click();
    // Empty fields are refused before anything is sent.
    await mentorPage.locator('[data-testid="invite-submit"]').click();
    await expect.poll(() => mentorPage.locator('[data-testid="invite-dialog"] .Mui-error').count()).toBeGreaterThan(0);
    await mentorPage.locator('input[name="fullName"]').fill(MEMBER.fullName);
    await mentorPage.locator('input[name="email"]').fill(MEMBER.email);
    await mentorPage.locator('[data-testid="invite-submit"]').click();
    const field = mentorPage.locator('[data-testid="invitation-link"] input');
    await field.waitFor({ timeout: 15_000 });
    link = await field.inputValue();
    expect(link).toMatch(/#\/invitation\/[A-Za-z0-9_-]{40,}$/);
    await stretchedShot(mentorPage, 'cso-invite-link-1440-en');
    await mentorPage.locator('[data-testid="invite-done"]').click();
    await expect.poll(() => panel.locator('[data-testid="invitation-row"][data-status="pending"]').count()).toBe(1);
    await stretchedShot(mentorPage, 'cso-organization-members-1440-en');
  });

  it('lets the member accept the invitation on a phone, then refuses the used link', async () => {
    const url = `${s.stack.baseUrl}/${link.slice(link.indexOf('#'))}`;
    await memberPage.goto(url);
    await memberPage.locator('[data-testid="invitation-organization"]').waitFor({ timeout: 15_000 });
    expect(await memberPage.locator('[data-testid="invitation-organization"]').textContent()).toContain('Umut Kadın Dayanışma Derneği');
    expect(await memberPage.locator('[data-testid="invitation-email"] input').inputValue()).toBe(MEMBER.email);
    await fitsWidth(memberPage);
    await stretchedShot(memberPage, 'cso-invitation-390-en');
    // Too short, then two different passwords: said on the fields, nothing sent.
    await memberPage.locator('input[name="password"]').fill('short');
    await memberPage.locator('[data-testid="invitation-accept"]').click();
    await expect.poll(() => memberPage.locator('.MuiFormHelperText-root.Mui-error').first().textContent()).toContain('12');
    await memberPage.locator('input[name="password"]').fill(MEMBER.password);
    await memberPage.locator('input[name="confirm"]').fill(`${MEMBER.password}x`);
    await memberPage.locator('[data-testid="invitation-accept"]').click();
    await expect.poll(() => memberPage.locator('.MuiFormHelperText-root.Mui-error').first().textContent()).toContain('differ');
    await memberPage.locator('input[name="confirm"]').fill(MEMBER.password);
    await memberPage.locator('[data-testid="invitation-accept"]').click();

    // Signed in at once, in the CSO view, with the organisation's two programs.
    await memberPage.locator('[data-testid="cso-home"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => memberPage.locator('[data-testid="cso-program-card"]').count(), { timeout: 15_000 }).toBe(2);
    await fitsWidth(memberPage);
    await stretchedShot(memberPage, 'cso-home-after-accept-390-en');
    member = await s.stack.api.login(MEMBER.email, MEMBER.password);
    const me = (await member.get('/auth/me')).body;
    expect(me).toMatchObject({ role: 'cso_member', organizationId: orgId });

    // The menu offers the organisation and the member's tasks, nothing of the staff's.
    await memberPage.locator('.RaAppBar-menuButton').click();
    await memberPage.locator('[data-testid="menu-tasks"]').waitFor();
    const entries = await memberPage.locator('[data-testid^="menu-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(entries.sort()).toEqual(['menu-dashboard', 'menu-tasks']);
    await memberPage.keyboard.press('Escape');

    // The link worked once.
    const again = await phone.newPage();
    await again.goto(url);
    await again.locator('[data-testid="invitation-gone"]').waitFor({ timeout: 15_000 });
    await stretchedShot(again, 'cso-invitation-used-390-en');
    await again.close();
    const reused = await s.stack.api.post(`/invitations/${link.split('/').pop()}/accept`, { password: MEMBER.password });
    expect(reused.status).toBe(410);
  });

  it('lets the member grade the organisation on the phone after the mentor asks, and the mentor sees the grades per element', async () => {
    const task = await openTask(s.mentor, institutional, 'self_assessment');
    await mentorPage.goto(`${s.stack.baseUrl}/#/tasks/${task.id}/show`);
    const panel = mentorPage.locator('[data-testid="member-grading-panel"]');
    await panel.waitFor({ timeout: 15_000 });
    await mentorPage.locator('[data-testid="ask-members"]').click();
    await expect
      .poll(() => mentorPage.locator('[data-testid="member-grading-status"]').textContent(), { timeout: 15_000 })
      .toContain('No member has graded yet');

    await memberPage.goto(`${s.stack.baseUrl}/#/cso/programs/${institutional}`);
    const start = memberPage.locator('[data-testid="cso-open-grading"]');
    await start.waitFor({ timeout: 15_000 });
    await start.click();
    await memberPage.locator('[data-testid="member-grading-form"]').waitFor({ timeout: 15_000 });
    await memberPage.locator('input[name="position"]').fill('Volunteer coordinator');
    for (const [i, e] of ELEMENTS.entries()) {
      await memberPage.check(`input[name="elements.${e}.grade"][value="${(i % 4) + 2}"]`);
      await memberPage.locator(`textarea[name="elements.${e}.strengths"]`).fill(`We do ${e} together`);
      await memberPage.locator(`textarea[name="elements.${e}.improvementAreas"]`).fill(`More ${e} training`);
    }
    for (const p of PRINCIPLES) await memberPage.check(`input[name="principles.${p}"][value="4"]`);
    // Kept as a draft while typing (like the other task forms).
    await expect
      .poll(() => memberPage.locator('[data-testid="draft-status"]').textContent(), { timeout: 15_000 })
      .toMatch(/Draft saved|saved/i);
    await fitsWidth(memberPage);
    await stretchedShot(memberPage, 'cso-grading-390-en');
    await memberPage.locator('[data-testid="grading-submit"]').click();
    await memberPage.locator('[data-testid="cso-task-grading"][data-done="yes"]').waitFor({ timeout: 20_000 });

    // The mentor sees what the member said, beside the consolidated grade.
    const state = (await s.mentor.get(`/programs/${institutional}/member-grading`, { year: 1 })).body;
    expect(state.summary.respondents).toBe(1);
    await mentorPage.reload();
    const governance = mentorPage.locator(`[data-testid="member-grades-${ELEMENTS[0]}"]`);
    await governance.waitFor({ timeout: 20_000 });
    expect(await governance.getAttribute('data-n')).toBe('1');
    expect(await governance.getAttribute('data-median')).toBe('2');
    await mentorPage.locator(`[data-testid="member-grades-${ELEMENTS[0]}-toggle"]`).click();
    await expect.poll(() => governance.textContent()).toContain(`We do ${ELEMENTS[0]} together`);
    await mentorPage.locator('[data-testid="fill-participants"]').click();
    await expect.poll(() => mentorPage.locator('input[name="participants.0.name"]').inputValue()).toBe(MEMBER.fullName);
    expect(await mentorPage.locator('input[name="participants.0.position"]').inputValue()).toBe('Volunteer coordinator');
    await stretchedShot(mentorPage, 'cso-mentor-self-assessment-member-grades-1440-en');
  });

  it('lets the organisation draft the advocacy plan: the member submits version 1 on the phone, the review names the drafter', async () => {
    await mentorPage.goto(`${s.stack.baseUrl}/#/programs/${advocacy}/show`);
    const control = mentorPage.locator('[data-testid="plan-drafter"]');
    await control.waitFor({ timeout: 20_000 });
    await control.locator('input[value="cso"]').click();
    await expect.poll(() => control.getAttribute('data-drafter'), { timeout: 15_000 }).toBe('cso');
    await expect
      .poll(async () => (await openTask(s.mentor, advocacy, 'plan_drafting').catch(() => null))?.assigneeId ?? null, { timeout: 20_000 })
      .toBe((await member.get('/auth/me')).body.id);
    await stretchedShot(mentorPage, 'cso-mentor-advocacy-drafter-1440-en');

    await memberPage.goto(`${s.stack.baseUrl}/#/cso/programs/${advocacy}`);
    const open = memberPage.locator('[data-testid="cso-task"][data-task-type="plan_drafting"] [data-testid="cso-open-task"]');
    await open.waitFor({ timeout: 20_000 });
    await open.click();
    await memberPage.locator('[data-testid="plan-editor"]').waitFor({ timeout: 15_000 });
    await memberPage.locator('textarea[name="goal"]').fill(GOAL);
    await fillInputs(memberPage, {
      'objectives.0': 'District scholarship for girls adopted',
      'targetDecisionMakers.0': 'District governor',
      'keyMessages.0': 'Girls who finish school lift the whole district',
      'activities.0.title': 'Meeting with the district education directorate',
      'activities.0.start': '2027-03-01',
      'activities.0.end': '2027-03-31',
      'indicators.0': 'Scholarship line in the district budget',
      'legalMechanisms.0': 'Petition to the district council',
    });
    await fitsWidth(memberPage);
    await stretchedShot(memberPage, 'cso-plan-drafting-390-en');
    await memberPage.locator('[data-testid="task-submit"]').click();
    await eventually(async () => (await openTask(s.mentor, advocacy, 'plan_review').catch(() => null)) ?? null, 30_000);
    const program = (await s.mentor.get(`/programs/${advocacy}`)).body;
    expect(program.stage).toBe('plan_review');

    const review = await openTask(s.mentor, advocacy, 'plan_review');
    await mentorPage.goto(`${s.stack.baseUrl}/#/tasks/${review.id}/show`);
    const drafted = mentorPage.locator('[data-testid="drafted-by"]');
    await drafted.waitFor({ timeout: 20_000 });
    expect(await drafted.textContent()).toContain(MEMBER.fullName);
    expect(await drafted.getAttribute('data-role')).toBe('cso_member');
    await stretchedShot(mentorPage, 'cso-mentor-plan-review-1440-en');
  });

  it('shows the member the program as it goes on: plan with progress reports, shared gender report, visits and feedback', async () => {
    // The year goes on through the API: session, gender report (shared), plan, a visit.
    await completeOpen(s.mentor, institutional, 'self_assessment', inst.selfAssessment(2));
    await completeOpen(s.gender, institutional, 'gender_report', inst.genderReport());
    await completeOpen(s.mentor, institutional, 'improvement_plan', inst.improvementPlan());
    expect((await s.mentor.post(`/programs/${institutional}/shares`, { document: 'gender_report', year: 1 })).status).toBeLessThan(300);
    const visit = await s.mentor.post(`/programs/${institutional}/visits`, {
      date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      mode: 'face_to_face',
      durationMinutes: 90,
      notes: 'Worked on the strategic plan outline with the board.',
    });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);

    await memberPage.goto(`${s.stack.baseUrl}/#/cso/programs/${institutional}`);
    await expect.poll(() => memberPage.locator('[data-testid="cso-plan-item"]').count(), { timeout: 20_000 }).toBe(4);
    await memberPage.locator('[data-testid="cso-gender-report"]').getByText('Adopt a gender equality policy').waitFor({ timeout: 15_000 });
    // Progress on the first item: the mentor is told; only the mentor marks it done.
    await memberPage.locator('[data-testid="cso-report-progress"]').first().click();
    await memberPage.locator('textarea[name="note"]').fill('First draft of the strategic plan discussed at the board.');
    await memberPage.locator('input[name="percent"]').fill('40');
    await stretchedShot(memberPage, 'cso-progress-dialog-390-en');
    await memberPage.locator('[data-testid="progress-submit"]').click();
    await memberPage.locator('[data-testid="progress-dialog"]').waitFor({ state: 'detached', timeout: 15_000 });
    const items = (await s.mentor.get('/improvements', { filter: { programId: institutional } })).body;
    const first = items.find((i: { position: number }) => i.position === Math.min(...items.map((x: { position: number }) => x.position)));
    const progress = (await s.mentor.get(`/improvements/${first.id}/progress`)).body;
    expect((progress.data ?? progress)[0]).toMatchObject({
      note: 'First draft of the strategic plan discussed at the board.',
      percent: 40,
    });

    // Rate the visit, 4 of 5.
    await memberPage.locator('[data-testid="cso-rate-visit"]').first().click();
    await memberPage.locator('[data-testid="feedback-rating"] label').nth(3).click();
    await memberPage.locator('textarea[name="comment"]').fill('Very practical session.');
    await stretchedShot(memberPage, 'cso-feedback-dialog-390-en');
    await memberPage.locator('[data-testid="feedback-submit"]').click();
    await memberPage.locator('[data-testid="cso-visit-rating"]').waitFor({ timeout: 15_000 });
    const feedback = (await s.mentor.get(`/programs/${institutional}/feedback`)).body;
    expect((feedback.data ?? feedback)[0]).toMatchObject({ about: 'visit', rating: 4 });

    // The mentor's program page lists it.
    await mentorPage.goto(`${s.stack.baseUrl}/#/programs/${institutional}/show`);
    await mentorPage.locator('[data-testid="program-feedback-row"]').first().waitFor({ timeout: 20_000 });
    await stretchedShot(mentorPage, 'cso-mentor-program-section-1440-en');

    // The reports: satisfaction per mentor and per program, with n, for the program manager.
    const report = (await s.pm.get('/reports/satisfaction', { type: 'institutional' })).body;
    expect(report.overall).toMatchObject({ n: 1, average: 4 });
    for (const locale of ['en', 'tr'] as const) {
      await login(mentorPage, LOGINS.pm, DEMO_PASSWORD, locale);
      await mentorPage.goto(`${s.stack.baseUrl}/#/reports`);
      const card = mentorPage.locator('[data-testid="satisfaction-institutional-overall"][data-n="1"]');
      await card.waitFor({ timeout: 30_000 });
      expect(await mentorPage.locator('[data-testid="satisfaction-institutional-mentors"]').textContent()).toContain('Ayşe Mentor');
      await mentorPage.locator('[data-testid="satisfaction-institutional"]').scrollIntoViewIfNeeded();
      await screenshot(mentorPage, `cso-report-satisfaction-1440-${locale}`);
    }
    await login(mentorPage, LOGINS.mentor, DEMO_PASSWORD);
  });

  it('shoots every CSO screen in English and Turkish at 1440 and 390 px', async () => {
    const screens: [string, string, string][] = [
      ['home', '/#/', '[data-testid="cso-program-card"]'],
      ['institutional', `/#/cso/programs/${institutional}`, '[data-testid="cso-plan-item"]'],
      ['advocacy', `/#/cso/programs/${advocacy}`, '[data-testid="plan-version"]'],
      ['grading', `/#/cso/programs/${institutional}/grading/1`, '[data-testid="member-grading-form"]'],
    ];
    const reviewTask = await openTask(s.mentor, advocacy, 'plan_review').catch(() => null);
    const drafting = (await member.get('/tasks', { filter: { programId: advocacy, type: 'plan_drafting' } })).body[0];
    if (drafting) screens.push(['plan-drafting', `/#/cso/tasks/${drafting.id}`, '[data-testid="plan-editor"]']);
    expect(reviewTask).toBeTruthy();
    // A second, unused invitation: its form in each language and width.
    const fresh = await s.mentor.post(`/organizations/${orgId}/invitations`, {
      email: `deniz.${Date.now().toString(36)}@cso.example.org`,
      fullName: 'Deniz Aydın',
      language: 'tr',
    });
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(201);
    const freshPath = `/${fresh.body.link.slice(fresh.body.link.indexOf('#'))}`;
    for (const [width, height] of [
      [1440, 1000],
      [390, 844],
    ] as const) {
      const context = await s.browser.newContext({
        viewport: { width, height },
        locale: 'en-GB',
        isMobile: width < 600,
        hasTouch: width < 600,
      });
      const p = await context.newPage();
      for (const locale of ['en', 'tr'] as const) {
        await login(p, MEMBER.email, MEMBER.password, locale);
        for (const [name, path, ready] of screens) {
          await p.goto(`${s.stack.baseUrl}${path}`);
          await p.locator(ready).first().waitFor({ timeout: 20_000 });
          if (width < 600) await fitsWidth(p);
          await stretchedShot(p, `cso-${name}-${width}-${locale}`);
        }
        // The invitation pages, signed out: an open link, then a used one.
        await p.evaluate('localStorage.removeItem("mentorflow.accessToken"); localStorage.removeItem("mentorflow.user")');
        await p.goto(`${s.stack.baseUrl}${freshPath}`);
        await p.reload();
        await p.locator('[data-testid="invitation-organization"]').waitFor({ timeout: 15_000 });
        if (width < 600) await fitsWidth(p);
        await stretchedShot(p, `cso-invitation-${width}-${locale}`);
        await p.evaluate('localStorage.removeItem("mentorflow.accessToken"); localStorage.removeItem("mentorflow.user")');
        await p.goto(`${s.stack.baseUrl}/${link.slice(link.indexOf('#'))}`);
        await p.reload();
        await p.locator('[data-testid="invitation-gone"]').waitFor({ timeout: 15_000 });
        await stretchedShot(p, `cso-invitation-used-${width}-${locale}`);
      }
      // The staff's screens touched by issue 12, as the mentor.
      const selfAssessment = (await s.mentor.get('/tasks', { filter: { programId: institutional, type: 'self_assessment' } })).body[0];
      const staff: [string, string, string][] = [
        ['staff-organization', `/#/organizations/${orgId}/show`, '[data-testid="member-row"]'],
        ['staff-program', `/#/programs/${institutional}/show`, '[data-testid="program-feedback-row"]'],
        ['staff-self-assessment', `/#/tasks/${selfAssessment.id}/show`, `[data-testid="member-grades-${ELEMENTS[0]}"]`],
        ['staff-plan-review', `/#/tasks/${reviewTask!.id}/show`, '[data-testid="drafted-by"]'],
      ];
      for (const locale of ['en', 'tr'] as const) {
        await login(p, LOGINS.mentor, DEMO_PASSWORD, locale);
        for (const [name, path, ready] of staff) {
          await p.goto(`${s.stack.baseUrl}${path}`);
          await p.locator(ready).first().waitFor({ timeout: 20_000 });
          await stretchedShot(p, `cso-${name}-${width}-${locale}`);
        }
      }
      // Turkish texts really are Turkish.
      await login(p, MEMBER.email, MEMBER.password, 'tr');
      await p.locator('[data-testid="cso-home"]').waitFor({ timeout: 15_000 });
      expect(await p.locator('[data-testid="cso-organization"]').textContent()).toContain('kuruluşunun mentorluk programları');
      await context.close();
    }
  });
});
