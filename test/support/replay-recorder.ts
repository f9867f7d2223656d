/**
 * The one recorder of replay fixtures, for the scenarios in test/replay/*.record.ts (the `record`
 * project): a workflow run's history, as the Temporal CLI prints it (the JSON the Web UI
 * downloads), written to test/replay/histories/<workflowType>/<prefix>-<scenario>-run<N>.json.
 * FIXTURE_PREFIX (default v1) names the behaviour version; old fixtures are kept.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

const PREFIX = process.env.FIXTURE_PREFIX ?? 'v1';

function cli(args: string[]): string {
  return execFileSync(inject('temporalCliPath'), [...args, '--address', inject('temporalAddress'), '--output', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
}

/** Writes one run of the workflow (by run id, else its latest) as run number `run` of the scenario. */
export function recordRun(workflowType: string, workflowId: string, scenario: string, run = 1, runId?: string) {
  const dir = resolve('test/replay/histories', workflowType);
  mkdirSync(dir, { recursive: true });
  const history = cli(['workflow', 'show', '--workflow-id', workflowId, ...(runId ? ['--run-id', runId] : [])]);
  writeFileSync(join(dir, `${PREFIX}-${scenario}-run${run}.json`), history.trim() + '\n');
}

/** Writes every run of the workflow, oldest first (continue-as-new makes one run per year); returns how many. */
export function recordRuns(workflowType: string, workflowId: string, scenario: string): number {
  const runs = JSON.parse(cli(['workflow', 'list', '--query', `WorkflowId = '${workflowId}'`])) as {
    execution: { runId: string };
    startTime: string;
  }[];
  runs.sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
  runs.forEach((r, i) => recordRun(workflowType, workflowId, scenario, i + 1, r.execution.runId));
  return runs.length;
}
