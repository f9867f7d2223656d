/**
 * Starts the real servers every integration test talks to: an embedded PostgreSQL (migrated, with
 * the demo users) and a Temporal dev server. A missing binary fails the run with a clear message.
 */
import type { TestProject } from 'vitest/node';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../api/database/data-source-options';
import { runMigrations } from '../../api/database/run-migrations';
import { seedDemoUsers } from '../../api/users/demo-users.seeder';
import { User } from '../../api/users/user.entity';
import { ensureTemporalCli, startTemporalDevServer } from '../../scripts/lib/temporal-cli.mjs';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres.mjs';
import { freePort } from '../../scripts/lib/ports.mjs';
import { DEMO_PASSWORD } from '../support/demo';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    temporalAddress: string;
    temporalCliPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'mentorflow-test-'));
  // PostgreSQL runs as an unprivileged user when we are root: it must be able to enter the folder.
  chmodSync(dir, 0o755);
  const log = (m: string) => console.log(`[servers] ${m}`);
  let cli: string;
  try {
    cli = ensureTemporalCli({ log });
  } catch (err) {
    throw new Error(`Integration tests need the Temporal CLI: ${(err as Error).message}`);
  }
  const pg = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort(), database: 'mentorflow_test', log });
  const temporalPort = await freePort();
  const temporal = await startTemporalDevServer({ cli, port: temporalPort, headless: true, logFile: join(dir, 'temporal.log'), log });

  await runMigrations(pg.url);
  const ds = new DataSource(dataSourceOptions(pg.url));
  await ds.initialize();
  await seedDemoUsers(ds.getRepository(User), DEMO_PASSWORD);
  await ds.destroy();

  project.provide('databaseUrl', pg.url);
  project.provide('temporalAddress', `127.0.0.1:${temporalPort}`);
  project.provide('temporalCliPath', cli);

  return async () => {
    temporal.kill('SIGTERM');
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
