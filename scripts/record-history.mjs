// Records a workflow's history from a running Temporal server as a replay fixture:
//   node scripts/record-history.mjs <workflowId> <fixture-name> [host:port]
// Writes test/replay/histories/<workflowType>/<fixture-name>.json with the Temporal CLI (the same
// JSON the Web UI downloads). Commit it: CI replays every fixture against the current workflow
// code, so a change that would make running programs replay differently fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTemporalCli, ROOT } from './lib/temporal-cli.mjs';

const [workflowId, name, address = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233'] = process.argv.slice(2);
if (!workflowId || !name) {
  console.error('usage: node scripts/record-history.mjs <workflowId> <fixture-name> [host:port]');
  process.exit(2);
}
const cli = ensureTemporalCli();
const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
const common = ['--address', address, '--namespace', namespace, '--workflow-id', workflowId, '--output', 'json'];
const desc = JSON.parse(execFileSync(cli, ['workflow', 'describe', ...common], { encoding: 'utf8' }));
const type = desc.workflowExecutionInfo?.type?.name;
if (!type) throw new Error(`could not read the workflow type of ${workflowId}`);
const history = execFileSync(cli, ['workflow', 'show', ...common], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const events = JSON.parse(history).events?.length;
const dir = join(ROOT, 'test', 'replay', 'histories', type);
mkdirSync(dir, { recursive: true });
const file = join(dir, `${name}.json`);
writeFileSync(file, history.trim() + '\n');
console.log(`Recorded ${events} events of ${type} ${workflowId} to ${file}`);
