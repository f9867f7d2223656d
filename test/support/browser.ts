/** Debian's Chromium driven by playwright-core (no browser download: this machine has no internet). */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/lib/bootstrap.mjs';
import { DEMO_PASSWORD } from './demo';
import { startSignedIn, type SignedIn } from './signed-in';

export const SCREENSHOTS = resolve('test-results/screenshots');

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium package (apt-get install chromium) ` +
        'or set CHROMIUM_PATH; `npm test` installs it when run as root.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

export function consoleDistDir(): string {
  const dir = resolve('dist/admin');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error('The console is not built (dist/admin/index.html missing): run `npm run build:admin` or `npm test`.');
  }
  return dir;
}

/**
 * A browser test file's stack serving the built console (every demo role signed in, see
 * startSignedIn) and Chromium: started by a beforeAll registered here (so it runs before the
 * file's own) and closed after the file.
 */
export function consoleSuite(): SignedIn & { browser: Browser } {
  const suite = {} as SignedIn & { browser: Browser };
  beforeAll(async () => {
    Object.assign(suite, await startSignedIn({ env: { ADMIN_DIST_DIR: consoleDistDir() } }));
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.close?.();
  });
  return suite;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The viewport only (not the full page), as a person sees it at that width. */
export async function viewportShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** A page in a browser context of its own: 1440 px wide, or a 390 px touch phone; English or Turkish. */
export async function pageAt(browser: Browser, width: 1440 | 390, locale: 'en' | 'tr'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: width === 1440 ? 900 : 844 },
    locale: locale === 'tr' ? 'tr-TR' : 'en-GB',
    ...(width === 390 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
  });
  return context.newPage();
}

/**
 * Fills the console's login form and sends it (the caller waits for what it expects next). With
 * `signOut` the stored session is cleared first: the login page of a signed-in browser redirects;
 * with `locale` the console opens in that language.
 */
export async function submitLogin(
  page: Page,
  baseUrl: string,
  email: string,
  opts: { signOut?: boolean; password?: string; locale?: 'en' | 'tr' } = {},
) {
  await page.goto(`${baseUrl}/#/login`);
  if (opts.signOut) {
    await page.evaluate('localStorage.clear()');
    await page.reload();
  }
  if (opts.locale) {
    // The language once signed out: a previous session's logout resets react-admin's store (locale included).
    await page.locator('input[name="email"]').waitFor();
    await page.evaluate(`localStorage.setItem('RaStorementorflow.locale', JSON.stringify('${opts.locale}'))`);
    await page.reload();
  }
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(opts.password ?? DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
}

/** Signed in: away from the login page, with the app bar shown (at 390 px the menu sits in a closed drawer, not rendered). */
export async function signedIn(page: Page, waitFor = 'header.MuiAppBar-root', timeout?: number) {
  await page.waitForURL((url) => !url.hash.startsWith('#/login'), { timeout });
  await page.locator(waitFor).waitFor({ timeout });
}

/** Signs in with the login form and waits until the console shows its app bar. */
export async function signIn(page: Page, baseUrl: string, email: string) {
  await submitLogin(page, baseUrl, email);
  await signedIn(page);
}

/** The elements with that `data-testid`. */
export const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** Types each value into the form's input of that name, in order, as a person fills a form. */
export async function fillInputs(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await page.locator(`input[name="${name}"]`).fill(value);
}

/** Switches a signed-in console from English to Turkish with the app bar's language menu, as a person would. */
export async function switchToTurkish(page: Page) {
  await page.locator('header button[aria-haspopup="true"]', { hasText: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Türkçe' }).click();
  await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('tr');
}

/**
 * A full-page screenshot with the viewport stretched to the page first, so the fixed app bar and
 * menu are drawn once, at the top. With `width`, taken at that width (from a 900 px tall window).
 */
export async function stretchedShot(page: Page, name: string, opts: { width?: number; settleMs?: number; maxHeight?: number } = {}) {
  const size = page.viewportSize()!;
  const width = opts.width ?? size.width;
  const least = opts.width ? 900 : size.height;
  if (opts.width) await page.setViewportSize({ width, height: least });
  // At the top, so the app bar (hidden while scrolled down) is shown; collapses settle.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(opts.settleMs ?? 400);
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  await page.setViewportSize({ width, height: Math.min(Math.max(least, height), opts.maxHeight ?? Infinity) });
  const path = await screenshot(page, name);
  await page.setViewportSize(size);
  return path;
}
