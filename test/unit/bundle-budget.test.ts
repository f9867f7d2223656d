/**
 * The console's initial JavaScript stays under budget (issue 11: the login and the inbox load at
 * most 250 kB of gzipped JavaScript). Builds the console with its own Vite config into a
 * temporary directory and weighs what the login page and the task inbox download before they
 * are shown: the entry chunk and its static imports, the first language's shell messages, plus
 * for the inbox the chunk holding its screen and the frame (app bar, menu). And: every message
 * key the code of those pages names is among the shell messages (admin/src/i18n/shellKeys.ts),
 * since the whole tree comes only with other screens.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advocacyTaskTypeChoices } from '../../admin/src/advocacy/choices';
import englishTree from '../../admin/src/i18n/locale.en';
import turkishTree from '../../admin/src/i18n/locale.tr';
import { pickMessages } from '../../admin/src/i18n/shellKeys';
import { taskStatusChoices, taskTypeChoices } from '../../admin/src/institutional/choices';
import { filesFor, modulesIn, recordChunks, weigh, type BuiltChunk } from '../support/bundle';

const BUDGET_GZIP_BYTES = 250_000;
const SHELL = { en: 'virtual:mentorflow-shell-messages/en', tr: 'virtual:mentorflow-shell-messages/tr' } as const;
const INBOX = ['src/tasks/TaskList.tsx', 'src/layout/Layout.tsx'];

let outDir: string;
const chunks: BuiltChunk[] = [];

beforeAll(async () => {
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  outDir = mkdtempSync(join(tmpdir(), 'mentorflow-admin-'));
  await build({
    configFile: resolve('admin/vite.config.mts'),
    logLevel: 'error',
    mode: 'production',
    build: { outDir, emptyOutDir: true },
    plugins: [recordChunks(chunks)],
  });
  process.env.NODE_ENV = nodeEnv;
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

type Tree = { [key: string]: unknown };
const at = (tree: unknown, path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), tree);

/**
 * The message keys a source file names: quoted keys ('mentorflow.inbox.any') and the fixed start
 * of built ones (`mentorflow.task_types.${type}` → mentorflow.task_types), as key paths.
 */
const keysNamedIn = (source: string): string[][] =>
  [...source.matchAll(/['"`]((?:ra|resources|mentorflow)\.[\w.-]*)(\$\{)?/g)].map(([, key, built]) => {
    const path = key.split('.');
    // Built from this point on: only the segments before the last (partial or empty) one are fixed.
    return built ? path.slice(0, -1) : path;
  });

describe('console bundle budget', () => {
  for (const locale of ['en', 'tr'] as const) {
    it(`the login page loads at most 250 kB of gzipped JavaScript (${locale})`, () => {
      const login = weigh(outDir, filesFor(chunks, [SHELL[locale]]));
      console.log(`login (${locale}): ${login.files} files, ${kB(login.bytes)}, gzip ${kB(login.gzipBytes)}`);
      expect(login.gzipBytes).toBeGreaterThan(50_000); // really weighed the app, not an empty page
      expect(login.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    });

    it(`the inbox (task list, frame) loads at most 250 kB, charts, heavy screens and the whole message tree excluded (${locale})`, () => {
      const files = filesFor(chunks, [...INBOX, SHELL[locale]]);
      const inbox = weigh(outDir, files);
      console.log(`inbox (${locale}): ${inbox.files} files, ${kB(inbox.bytes)}, gzip ${kB(inbox.gzipBytes)}`);
      expect(inbox.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
      // Heavy screens and the whole message trees are their own chunks, not part of what the inbox downloads.
      const modules = modulesIn(chunks, files);
      for (const lazy of [
        'src/reports/ReportsPage.tsx',
        'src/config/ConfigurationPage.tsx',
        'src/dashboard/Dashboard.tsx',
        'src/tasks/TaskShow.tsx',
        'src/i18n/locale.en.ts',
        'src/i18n/locale.tr.ts',
      ]) {
        expect(
          modules.filter((id) => id.endsWith(`/${lazy}`)),
          lazy,
        ).toEqual([]);
      }
      expect(modules.filter((id) => /[\\/]node_modules[\\/](recharts|@bpmn-io|react-hook-form)[\\/]/.test(id))).toEqual([]);
    });
  }

  it('every message key the login page, the frame and the inbox name is among the shell messages, in English and Turkish', () => {
    const sources = modulesIn(chunks, filesFor(chunks, [...INBOX, SHELL.en])).filter(
      (id) => /[\\/]admin[\\/]src[\\/]/.test(id) && !/[\\/]src[\\/]i18n[\\/]/.test(id) && /\.tsx?$/.test(id),
    );
    expect(sources.length).toBeGreaterThan(20); // really read the inbox's files
    const named = sources.flatMap((file) => keysNamedIn(readFileSync(file, 'utf8')).map((path) => ({ file, path })));
    // The inbox's filters translate their choices' names.
    for (const choice of [...taskTypeChoices, ...advocacyTaskTypeChoices, ...taskStatusChoices])
      named.push({ file: 'inbox filters', path: choice.name.split('.') });
    expect(named.length).toBeGreaterThan(50);
    for (const [locale, tree] of [
      ['en', englishTree],
      ['tr', turkishTree],
    ] as const) {
      const shell = pickMessages(tree as Tree);
      // A key the whole tree lacks too (a fallback text given with `_`) is no concern of the shell's.
      const missing = named.filter(({ path }) => at(tree, path) !== undefined && at(shell, path) === undefined);
      expect(missing.map(({ file, path }) => `${locale}: ${path.join('.')} (${file.replace(/.*[\\/]admin[\\/]/, 'admin/')})`)).toEqual([]);
    }
  });
});
