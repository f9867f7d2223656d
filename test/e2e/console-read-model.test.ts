/**
 * A program whose read model fell behind (PostgreSQL refused one of its changes) says so on its
 * page, in English and Turkish, at 1440 and 390 px — the real console, API, worker and servers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, consoleSuite } from '../support/browser';
import { sql } from '../support/database';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { completeToPlan, startInstitutional } from '../support/programs';
import { eventually } from '../support/stack';

const s = consoleSuite();
let programId: string;

beforeAll(async () => {
  programId = (await startInstitutional(s.pm, s.users, 'Umut Derneği', { years: 2, startDate: '2026-09-01' })).id;
  await completeToPlan(s.mentor, s.gender, programId, { genderPlan: false });
  await sql(
    s.stack.env.DATABASE_URL,
    `CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger AS $$
    BEGIN IF NEW.notes LIKE '%POISON%' THEN RAISE EXCEPTION 'value refused' USING ERRCODE = '22023'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
    CREATE TRIGGER refuse_poison BEFORE INSERT ON visits FOR EACH ROW EXECUTE FUNCTION refuse_poison();`,
  );
  expect(
    (await s.mentor.post(`/programs/${programId}/visits`, { date: '2026-10-01', mode: 'phone', durationMinutes: 30, notes: 'POISON' }))
      .status,
  ).toBe(201);
  await eventually(async () => (await s.pm.get(`/programs/${programId}`)).body.readModelError);
});

describe('console: a program whose read model is behind', () => {
  for (const [locale, title] of [
    ['en-GB', 'This page may be missing a change'],
    ['tr-TR', 'Bu sayfada bir değişiklik eksik olabilir'],
  ] as const) {
    it(`warns on the program page (${locale}, 1440 and 390 px)`, async () => {
      const page = await s.browser.newPage({ viewport: { width: 1440, height: 1000 }, locale });
      await page.goto(`${s.stack.baseUrl}/#/login`);
      await page.locator('input[name="email"]').fill(LOGINS.pm);
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((u) => !u.hash.includes('login'));
      await page.goto(`${s.stack.baseUrl}/#/programs/${programId}/show`);
      const banner = page.locator('[data-testid="read-model-behind"]');
      await banner.waitFor({ timeout: 15_000 });
      await expect(banner.textContent()).resolves.toContain(title);
      await expect(banner.textContent()).resolves.toContain('value refused');
      await screenshot(page, `read-model-behind-${locale}-1440`);
      await page.setViewportSize({ width: 390, height: 844 });
      await banner.waitFor();
      await screenshot(page, `read-model-behind-${locale}-390`);
      await page.close();
    });
  }
});
