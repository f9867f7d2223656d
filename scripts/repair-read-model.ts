// `npm run repair-read-model -- --program <id> [--program <id> ...] | --behind`
// Re-projects programs from their workflows' live state into the read model (api/programs/read-model-repair.ts).
import { parseArgs } from 'node:util';
import { repairReadModel } from '../api/programs/read-model-repair';

const { values } = parseArgs({ options: { program: { type: 'string', multiple: true }, behind: { type: 'boolean' } } });
if (!values.program?.length && !values.behind) {
  console.error('Usage: npm run repair-read-model -- --program <id> [--program <id> ...] | --behind');
  process.exit(2);
}
// Without DATABASE_URL / TEMPORAL_ADDRESS: the embedded servers that `npm start` runs.
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? `postgres://mentorflow:mentorflow@127.0.0.1:${process.env.PG_PORT ?? 54329}/mentorflow`,
  TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? `127.0.0.1:${process.env.TEMPORAL_PORT ?? 7233}`,
};
repairReadModel({ env, programIds: values.program, behind: values.behind })
  .then((r) => {
    console.log(`Repaired ${r.length} program(s).`);
    process.exit(0);
  })
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
