import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { consoleDistDir } from '../support/browser';
import { startStack } from '../support/stack';
it('dev stack', async () => {
  const stack = await startStack({ ownDatabase: true, env: { ADMIN_DIST_DIR: consoleDistDir() } });
  writeFileSync('/tmp/devstack-url', stack.baseUrl);
  await new Promise((r) => setTimeout(r, 50 * 60_000));
  await stack.close();
}, 60 * 60_000);
