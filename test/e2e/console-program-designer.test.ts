/**
 * Issue 10, part 6: a third program type built in the console only. As the admin, the "Gender
 * Mainstreaming Initiative" from the institutional program document is designed in the program
 * designer (stages, tasks for the mentor and the gender expert, a meeting record with its own
 * form, an end condition on the meetings count, a computed figure), each form in the form-js
 * builder with its Turkish labels, and published. A program manager starts it for 3 CSOs in the
 * console; the mentor and the gender expert complete its tasks and add meeting records there; the
 * manager closes a stage and reads the type's report. Real API, worker, Temporal, PostgreSQL and
 * Chromium; nothing of the design goes through the API or seeded JSON.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleSuite, fillInputs, stretchedShot, submitLogin, switchToTurkish, viewportShot } from '../support/browser';
import { LOGINS } from '../support/demo';
import { createOrg } from '../support/programs';

const KEY = 'gender-mainstreaming';
const NAME = 'Gender Mainstreaming Initiative';

const s = consoleSuite();
let page: Page;
const orgs: { id: string; name: string }[] = [];
const programIds: string[] = [];

beforeAll(async () => {
  for (const label of ['Kadın Dayanışma Derneği', 'Eşit Haklar Vakfı', 'Genç Kadınlar Ağı']) {
    const id = await createOrg(s.pm, label);
    orgs.push({ id, name: (await s.pm.get(`/organizations/${id}`)).body.name });
  }
  page = await s.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
}, 180_000);

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

/** Signs in afresh, in a language (the console remembers it in its store). */
async function login(email: string, locale: 'en' | 'tr' = 'en') {
  await submitLogin(page, s.stack.baseUrl, email, { signOut: true });
  await page.locator('[data-testid="menu-dashboard"]').waitFor({ timeout: 20_000 });
  if (locale === 'tr') await switchToTurkish(page);
}

/** What is on the screen now (a dialog over the page), at a width. */
async function viewShot(name: string, width: number) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.waitForTimeout(500);
  await viewportShot(page, name);
  await page.setViewportSize(size);
}

const shot = (name: string, width: number) => stretchedShot(page, name, { width, settleMs: 500, maxHeight: 12_000 });

/** The draft is on the server (the autosave has caught up with the typing). */
async function saved() {
  await expect.poll(() => byTestId('draft-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
}

async function fill(path: string, value: string) {
  const input = byTestId(path);
  await input.fill(value);
}

/** Gives a designer item (a stage, task, record or figure) its English and Turkish names and its id. */
async function nameItem(path: string, en: string, tr: string, id: string) {
  await fill(`${path}.name.en`, en);
  await fill(`${path}.name.tr`, tr);
  await fill(`${path}.id`, id);
}

/** Adds an item at the end of a designer list (`list[index]` is the new one) and names it. */
async function addItem(list: string, index: number, en: string, tr: string, id: string) {
  await byTestId(`${list}.add`).click();
  await nameItem(`${list}[${index}]`, en, tr, id);
}

/**
 * Adds a field in the open form builder: Enter on a palette entry appends it (form-js's keyboard
 * way), then its label and key in the properties panel; `required` ticks the validation box.
 */
/** Opens a group of the form builder's properties panel (General, Validation...) unless it is open. */
async function openGroup(id: string) {
  const header = byTestId('form-builder').locator(`[data-group-id="${id}"] .bio-properties-panel-group-header`);
  if (!((await header.getAttribute('class')) ?? '').includes('open')) await header.click();
}

async function addField(type: string, label: string, key: string, options: { required?: boolean } = {}) {
  const builder = byTestId('form-builder');
  const before = await builder.locator('.fjs-editor-container .fjs-form-field').count();
  await builder.locator(`.fjs-palette-field[data-field-type="${type}"]`).press('Enter');
  await expect.poll(() => builder.locator('.fjs-editor-container .fjs-form-field').count()).toBeGreaterThan(before);
  // Select the new field (the last element after the form's own): its properties fill the panel.
  await builder.locator('.fjs-editor-container .fjs-element[data-id]').last().click();
  await openGroup('group-general');
  const labelInput = builder.locator('#bio-properties-panel-label');
  await labelInput.waitFor({ timeout: 10_000 });
  const keyInput = builder.locator('#bio-properties-panel-key');
  // The panel shows the new field (its generated key names its type) before anything is typed.
  await expect.poll(() => keyInput.inputValue(), { timeout: 10_000 }).toMatch(new RegExp(`^${type}_`));
  await labelInput.fill(label);
  await keyInput.fill(key);
  await keyInput.press('Tab');
  await expect.poll(() => builder.locator('.fjs-editor-container').textContent()).toContain(label);
  if (options.required) {
    await openGroup('group-validation');
    await builder.locator('#bio-properties-panel-required').check();
  }
}

/** Opens the form builder of a task or record (by its form path), builds the form, gives its Turkish labels. */
async function designForm(
  formPath: string,
  fields: { type: string; label: string; key: string; tr: string; required?: boolean }[],
  shots?: string,
) {
  await byTestId(`${formPath}.open`).click();
  await byTestId('form-builder').locator('.fjs-palette-field').first().waitFor({ timeout: 20_000 });
  for (const field of fields) await addField(field.type, field.label, field.key, field);
  if (shots) await viewShot(`${shots}-builder-1440-en`, 1440);
  await byTestId('form-tab-tr').click();
  for (const field of fields) await byTestId(`tr-label-${field.key}`).fill(field.tr);
  await byTestId('form-tab-preview').click();
  await byTestId('preview-tr').click();
  for (const field of fields) {
    await expect.poll(() => byTestId('form-preview').textContent(), { timeout: 10_000 }).toContain(field.tr);
  }
  if (shots) {
    await viewShot(`${shots}-preview-1440-tr`, 1440);
    await viewShot(`${shots}-preview-390-tr`, 390);
  }
  await byTestId('form-designer-done').click();
  await byTestId('form-designer').waitFor({ state: 'detached' });
  await expect.poll(() => byTestId(`${formPath}.open`).textContent()).toContain(`${fields.length} field`);
}

describe('console: program designer (issue 10, part 6)', { timeout: 600_000 }, () => {
  it('builds the Gender Mainstreaming Initiative in the designer, with its forms, and publishes it', async () => {
    await login(LOGINS.admin);
    await byTestId('menu-program-types').click();
    await page.getByRole('link', { name: /New program type/i }).click();
    await fillInputs(page, {
      key: KEY,
      'name.en': NAME,
      'name.tr': 'Toplumsal Cinsiyet Ana Akımlaştırma Girişimi',
    });
    await page.locator('form button[type="submit"]').click();
    await byTestId('program-type-designer').waitFor({ timeout: 20_000 });
    expect(page.url()).toContain(`/program-types/${KEY}/show`);

    // General: organisations join with a gender expert at their side; one cycle.
    await byTestId('genderExpert').check();
    await fill(
      'description.en',
      'Organisations join voluntarily: they review their current practices, meet regularly to review practices and evaluate opportunities for improvement, and agree on joint action.',
    );
    await fill(
      'description.tr',
      'Kuruluşlar gönüllü katılır: mevcut uygulamalarını gözden geçirir, uygulamaları değerlendirmek için düzenli toplanır ve ortak eylem üzerinde uzlaşır.',
    );

    // Stages in the wrong order first, an extra one removed, then reordered with the buttons.
    for (let i = 0; i < 4; i += 1) await byTestId('stages.add').click();
    await expect.poll(() => byTestId('stage-card').count()).toBe(4);
    await nameItem('stages[0]', 'Review current practices', 'Mevcut uygulamaların gözden geçirilmesi', 'review');
    await nameItem('stages[1]', 'Joint action', 'Ortak eylem', 'joint_action');
    await nameItem('stages[2]', 'Regular meetings', 'Düzenli toplantılar', 'meetings');
    await fill('stages[3].name.en', 'Spare stage');
    // Remove asks first; cancelling keeps the stage.
    await byTestId('stages[3].remove').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Cancel/i })
      .click();
    await expect.poll(() => byTestId('stage-card').count()).toBe(4);
    await byTestId('stages[3].remove').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Remove$/i })
      .click();
    await expect.poll(() => byTestId('stage-card').count()).toBe(3);
    // "Regular meetings" moves above "Joint action".
    await byTestId('stages[2].up').click();
    await expect
      .poll(() => page.locator('[data-testid="stage-card"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-stage-id'))))
      .toEqual(['review', 'meetings', 'joint_action']);

    // Stage 1: the mentor's review of current practices, with a form of its own.
    await addItem('stages[0].tasks', 0, 'Review of current practices', 'Mevcut uygulamaların değerlendirmesi', 'practice_review');
    await byTestId('stages[0].tasks[0].role').selectOption('mentor');
    await fill('stages[0].tasks[0].due.amount', '2');
    await byTestId('stages[0].tasks[0].due.unit').selectOption('weeks');
    await designForm(
      'stages[0].tasks[0].form',
      [
        {
          type: 'textarea',
          label: 'Current practices reviewed',
          key: 'practices',
          tr: 'Gözden geçirilen mevcut uygulamalar',
          required: true,
        },
        { type: 'textarea', label: 'Opportunities for improvement', key: 'opportunities', tr: 'İyileştirme fırsatları' },
      ],
      'designer-form',
    );

    // Stage 2: meeting records (attendance and topics) by the mentor; ends when the manager
    // closes it or after the third meeting.
    await addItem('stages[1].records', 0, 'Meeting', 'Toplantı', 'meeting');
    await designForm('stages[1].records[0].form', [
      { type: 'number', label: 'Attendance', key: 'attendance', tr: 'Katılımcı sayısı', required: true },
      { type: 'textarea', label: 'Topics discussed', key: 'topics', tr: 'Görüşülen konular', required: true },
    ]);
    await byTestId('stages[1].end[0].kind').selectOption('manager_close');
    await byTestId('stages[1].end.add').click();
    await byTestId('stages[1].end[1].kind').selectOption('condition');
    await fill('stages[1].end[1].when', 'count(records.meeting) >= 3');

    // Stage 3: the joint action plan, agreed by the gender expert and the mentor.
    await addItem('stages[2].tasks', 0, 'Joint action plan', 'Ortak eylem planı', 'joint_plan');
    await byTestId('stages[2].tasks[0].role').selectOption('gender_expert');
    await designForm('stages[2].tasks[0].form', [
      { type: 'textarea', label: 'Agreed joint actions', key: 'actions', tr: 'Üzerinde uzlaşılan ortak eylemler', required: true },
    ]);
    await addItem('stages[2].tasks', 1, 'Mentor’s agreement to the plan', 'Mentorun plana onayı', 'mentor_agreement');
    await byTestId('stages[2].tasks[1].role').selectOption('mentor');
    await designForm('stages[2].tasks[1].form', [
      { type: 'checkbox', label: 'I agree to the joint action plan', key: 'agreed', tr: 'Ortak eylem planını onaylıyorum', required: true },
    ]);

    // A figure: the meetings held. A wrong expression first: the check names the field.
    await addItem('figures', 0, 'Meetings held', 'Yapılan toplantılar', 'meetings_held');
    await fill('figures[0].expression', 'count(records.meetings');
    await saved();
    const figureError = page.locator('[data-testid="figures[0].expression"]');
    await expect.poll(() => figureError.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    await fill('figures[0].expression', 'count(records.meeting)');
    await saved();
    await expect.poll(() => figureError.getAttribute('aria-invalid')).toBe('false');
    await expect.poll(() => byTestId('designer-errors').count()).toBe(0);

    // The design survives a reload (it is the server's draft).
    await page.reload();
    await byTestId('program-type-designer').waitFor({ timeout: 20_000 });
    await expect.poll(() => byTestId('stage-card').count()).toBe(3);
    expect(await byTestId('stages[1].end[1].when').inputValue()).toBe('count(records.meeting) >= 3');

    await shot('designer-1440-en', 1440);
    await shot('designer-390-en', 390);

    // Publish, confirmed.
    await byTestId('publish').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Publish$/i })
      .click();
    await byTestId('version-1').waitFor({ timeout: 20_000 });
    const type = (await s.pm.get(`/program-templates/${KEY}`)).body;
    expect(type.versions).toHaveLength(1);
    const published = (await s.pm.get(`/program-templates/${KEY}/versions/1`)).body;
    expect(published.definition.stages.map((s: { id: string }) => s.id)).toEqual(['review', 'meetings', 'joint_action']);
    expect(published.definition.stages[1].records[0].form.tr.attendance.label).toBe('Katılımcı sayısı');
    expect(published.definition.figures[0]).toMatchObject({ id: 'meetings_held', expression: 'count(records.meeting)' });

    // Turkish designer pictures.
    await login(LOGINS.admin, 'tr');
    await page.goto(`${s.stack.baseUrl}/#/program-types/${KEY}/show`);
    await byTestId('program-type-designer').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Toplumsal Cinsiyet');
    await shot('designer-1440-tr', 1440);
    await shot('designer-390-tr', 390);
    await byTestId('stages[0].tasks[0].form.open').click();
    await byTestId('form-builder').locator('.fjs-palette-field').first().waitFor({ timeout: 20_000 });
    await viewShot('designer-form-builder-1440-tr', 1440);
    await viewShot('designer-form-builder-390-tr', 390);
    await byTestId('form-designer-done').click();
  });

  it('starts the published type for 3 CSOs as the program manager', async () => {
    await login(LOGINS.pm);
    for (const org of orgs) {
      await page.goto(`${s.stack.baseUrl}/#/programs/create`);
      await page.locator(`input[name="type"][value="${KEY}"]`).check();
      await page.locator('input[name="organizationId"]').fill(org.name.slice(0, 14));
      await page.getByRole('option', { name: org.name }).click();
      await page.locator('input[name="mentorId"]').click();
      await page.getByRole('option', { name: 'Ayşe Mentor' }).click();
      await page.locator('input[name="genderExpertId"]').click();
      await page.getByRole('option', { name: 'Leyla Gender Expert' }).click();
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL(/#\/programs\/[0-9a-f-]{36}\/show/, { timeout: 30_000 });
      programIds.push(/programs\/([0-9a-f-]{36})\/show/.exec(page.url())![1]);
      await expect.poll(() => byTestId('template-stepper').getAttribute('data-stage'), { timeout: 20_000 }).toBe('review');
    }
    for (const id of programIds) {
      const program = (await s.pm.get(`/programs/${id}`)).body;
      expect(program).toMatchObject({ type: KEY, template: { key: KEY, version: 1 } });
    }
  });

  it('the mentor completes the review in the form-js viewer and records three meetings', async () => {
    await login(LOGINS.mentor);
    for (const [i, id] of programIds.entries()) {
      await page.goto(`${s.stack.baseUrl}/#/programs/${id}/show`);
      const task = page.locator('[data-testid="open-task"][data-task-type="practice_review"]');
      await task.waitFor({ timeout: 20_000 });
      expect(await task.textContent()).toContain('Review of current practices');
      await task.click();
      const form = byTestId('template-task-form');
      await form.locator('textarea').first().waitFor({ timeout: 20_000 });
      if (i === 0) {
        // Required: form-js refuses an empty review on its field.
        await byTestId('designed-form-submit').click();
        await expect.poll(() => form.locator('.fjs-form-field-error').count()).toBeGreaterThan(0);
        await form.locator('textarea').first().fill('Recruitment, pay scales and the code of conduct reviewed with the board.');
        await form.locator('textarea').nth(1).fill('A gender-balanced board; anti-harassment procedures.');
        await shot('task-form-1440-en', 1440);
      } else {
        await form
          .locator('textarea')
          .first()
          .fill(`Practices of CSO ${i + 1} reviewed.`);
      }
      await byTestId('designed-form-submit').click();
      await page.waitForURL(/#\/tasks($|\?)/, { timeout: 30_000 });
    }
    // Program 1: three meetings through "Add record"; the third ends the stage (its condition).
    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[0]}/show`);
    await expect.poll(() => byTestId('template-stepper').getAttribute('data-stage'), { timeout: 20_000 }).toBe('meetings');
    for (let n = 1; n <= 3; n += 1) {
      await byTestId('add-record-meeting').click();
      const dialog = byTestId('record-dialog');
      await dialog.locator('input.fjs-input').first().waitFor({ timeout: 20_000 });
      await dialog
        .locator('input.fjs-input')
        .first()
        .fill(String(6 + n));
      await dialog.locator('input.fjs-input').first().press('Tab');
      // form-js applies a typed value after a short debounce: a person's pause between fields.
      await page.waitForTimeout(600);
      await dialog.locator('textarea').first().fill(`Meeting ${n}: practices reviewed, opportunities for improvement evaluated`);
      await dialog.locator('textarea').first().press('Tab');
      await page.waitForTimeout(600);
      await expect.poll(() => dialog.locator('textarea').first().inputValue()).toContain(`Meeting ${n}`);
      if (n === 1) {
        await viewShot('record-dialog-1440-en', 1440);
        await viewShot('record-dialog-390-en', 390);
      }
      await byTestId('designed-form-submit').click();
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });
      if (n < 3)
        await expect.poll(() => page.locator('[data-testid="record-row"][data-kind="meeting"]').count(), { timeout: 20_000 }).toBe(n);
    }
    await expect.poll(() => byTestId('template-stepper').getAttribute('data-stage'), { timeout: 30_000 }).toBe('joint_action');
    await expect.poll(() => byTestId('figure-meetings_held').getAttribute('data-value'), { timeout: 20_000 }).toBe('3');
    // Program 2: one meeting (the manager closes its stage below).
    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[1]}/show`);
    await byTestId('add-record-meeting').click();
    const dialog = byTestId('record-dialog');
    await dialog.locator('input.fjs-input').first().waitFor({ timeout: 20_000 });
    await dialog.locator('input.fjs-input').first().fill('5');
    await dialog.locator('input.fjs-input').first().press('Tab');
    await page.waitForTimeout(600);
    await dialog.locator('textarea').first().fill('First meeting: roles and the review’s findings');
    await dialog.locator('textarea').first().press('Tab');
    await page.waitForTimeout(600);
    await byTestId('designed-form-submit').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid="record-row"]').count(), { timeout: 20_000 }).toBe(1);
  });

  it('the manager closes the meetings stage of the second CSO, with a confirmation', async () => {
    await login(LOGINS.pm);
    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[1]}/show`);
    await expect.poll(() => byTestId('template-stepper').getAttribute('data-stage'), { timeout: 20_000 }).toBe('meetings');
    await byTestId('control-close-stage').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Close stage/i })
      .click();
    await expect.poll(async () => (await s.pm.get(`/programs/${programIds[1]}`)).body.stage, { timeout: 30_000 }).toBe('joint_action');
  });

  it('the gender expert and the mentor agree the joint action plan; the program completes', async () => {
    await login(LOGINS.gender);
    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[0]}/show`);
    const planTask = page.locator('[data-testid="open-task"][data-task-type="joint_plan"]');
    await planTask.waitFor({ timeout: 20_000 });
    await planTask.click();
    const form = byTestId('template-task-form');
    await form.locator('textarea').first().waitFor({ timeout: 20_000 });
    await form
      .locator('textarea')
      .first()
      .fill('A gender focal point on the board; an anti-harassment policy by June; gender-disaggregated beneficiary data.');
    await byTestId('designed-form-submit').click();
    await page.waitForURL(/#\/tasks($|\?)/, { timeout: 30_000 });

    await login(LOGINS.mentor, 'tr');
    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[0]}/show`);
    const agreement = page.locator('[data-testid="open-task"][data-task-type="mentor_agreement"]');
    await agreement.waitFor({ timeout: 20_000 });
    expect(await agreement.textContent()).toContain('Mentorun plana onayı');
    await agreement.click();
    const checkbox = byTestId('template-task-form').locator('input[type="checkbox"]').first();
    await checkbox.waitFor({ timeout: 20_000 });
    // The form in Turkish: the designed Turkish label.
    expect(await byTestId('template-task-form').textContent()).toContain('Ortak eylem planını onaylıyorum');
    await checkbox.check();
    await byTestId('designed-form-submit').click();
    await page.waitForURL(/#\/tasks($|\?)/, { timeout: 30_000 });
    await expect.poll(async () => (await s.pm.get(`/programs/${programIds[0]}`)).body.status, { timeout: 30_000 }).toBe('completed');
  });

  it('shows the program page and the type report (programs by stage, tasks, records, figures, CSV)', async () => {
    await login(LOGINS.pm);
    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[0]}/show`);
    await byTestId('template-stepper').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('[data-testid="record-row"]').count(), { timeout: 20_000 }).toBe(3);
    await shot('program-page-1440-en', 1440);
    await shot('program-page-390-en', 390);

    await page.goto(`${s.stack.baseUrl}/#/program-types/${KEY}/report`);
    await byTestId('report-by-stage').waitFor({ timeout: 20_000 });
    await expect.poll(() => byTestId('records-meeting').getAttribute('data-count'), { timeout: 20_000 }).toBe('4');
    expect(await byTestId('stage-completed').getAttribute('data-count')).toBe('1');
    expect(await byTestId('stage-joint_action').getAttribute('data-count')).toBe('1');
    // Every review was done: the third CSO is still meeting.
    expect(await byTestId('stage-meetings').getAttribute('data-count')).toBe('1');
    expect(await byTestId('stage-review').getAttribute('data-count')).toBe('0');
    expect(Number(await byTestId('report-tasks-done').getAttribute('data-count'))).toBeGreaterThanOrEqual(5);
    expect(await byTestId('report-figure-meetings_held').textContent()).toMatch(/n = \d/);
    const download = page.waitForEvent('download');
    await byTestId('template-report-csv').click();
    const csv = await (await download).path();
    expect(csv).toBeTruthy();
    await shot('report-1440-en', 1440);
    await shot('report-390-en', 390);

    await login(LOGINS.pm, 'tr');
    await page.goto(`${s.stack.baseUrl}/#/programs/${programIds[0]}/show`);
    await byTestId('template-stepper').waitFor({ timeout: 20_000 });
    await expect.poll(() => byTestId('template-stepper').textContent()).toContain('Düzenli toplantılar');
    await shot('program-page-1440-tr', 1440);
    await shot('program-page-390-tr', 390);
    await page.goto(`${s.stack.baseUrl}/#/program-types/${KEY}/report`);
    await byTestId('report-by-stage').waitFor({ timeout: 20_000 });
    await shot('report-1440-tr', 1440);
    await shot('report-390-tr', 390);
  });
});
