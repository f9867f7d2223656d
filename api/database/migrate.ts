// One-off job: `node dist/api/database/migrate.js` applies pending migrations and exits.
import 'reflect-metadata';
import { validateConfig } from '../config/config.schema';
import { runMigrations } from './run-migrations';

async function main() {
  const config = validateConfig(process.env);
  const applied = await runMigrations(config.DATABASE_URL);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
