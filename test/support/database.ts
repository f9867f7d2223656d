import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../api/database/data-source-options';
import { runMigrations } from '../../api/database/run-migrations';
import { seedDemoUsers } from '../../api/users/demo-users.seeder';
import { User } from '../../api/users/user.entity';
import { DEMO_PASSWORD } from './demo';

/**
 * A database of this test file's own on the suite's PostgreSQL server (migrated, with the demo
 * users), so files running in parallel never see each other's programs or configuration.
 */
export async function createTestDatabase(serverUrl: string, name: string): Promise<string> {
  const db = name
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 60);
  const admin = new DataSource({ type: 'postgres', url: serverUrl });
  await admin.initialize();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${db}"`);
    await admin.query(`CREATE DATABASE "${db}"`);
  } finally {
    await admin.destroy();
  }
  const url = serverUrl.replace(/\/[^/]+$/, `/${db}`);
  await runMigrations(url);
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await seedDemoUsers(ds.getRepository(User), DEMO_PASSWORD);
  } finally {
    await ds.destroy();
  }
  return url;
}

/** A connection to the test database for reading (and, in fault tests, breaking) what the stack wrote. */
export async function openDatabase(url: string): Promise<DataSource> {
  const db = new DataSource({ type: 'postgres', url });
  await db.initialize();
  return db;
}

/** One query on a connection of its own, closed after it (no pool left behind). */
export async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new PgClient({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}
