/** Debian's Chromium driven by playwright-core (no browser download: this machine has no internet). */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/lib/bootstrap.mjs';

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

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
