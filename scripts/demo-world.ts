// `npm run demo-world -- --url http://localhost:3000 [--password mentorflow] [--tag demo]`
// Builds the demo world through the API of any running instance (see scripts/demo/world.ts).
import { parseArgs } from 'node:util';
import { buildDemoWorld } from './demo/world';

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: process.env.MENTORFLOW_URL ?? 'http://localhost:3000' },
      password: { type: 'string', default: process.env.DEMO_PASSWORD ?? 'mentorflow-demo' },
      tag: { type: 'string', default: 'demo' },
    },
  });
  const t0 = Date.now();
  console.log(`[demo] building the demo world on ${values.url} ...`);
  const world = await buildDemoWorld({ url: values.url!, password: values.password!, tag: values.tag });
  console.log(
    `[demo] done in ${Math.round((Date.now() - t0) / 1000)} s: ${world.institutional.length} institutional and ${world.advocacy.length} advocacy programs`,
  );
  console.log(`[demo] year-1 report: ${values.url}/api/reports/institutional?year=1 (console: Reports)`);
}

main().catch((err) => {
  console.error(`[demo] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
