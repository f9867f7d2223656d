/**
 * Replays every recorded history under test/replay/histories/<workflowType>/ against the current
 * workflow code. A change that would make a running program replay differently (without
 * patched()) fails here. Record new fixtures with the scenarios in ./*.record.ts (see CONTRIBUTING.md).
 */
import { bundleWorkflowCode, Worker, type WorkflowBundle } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const HISTORIES = resolve('test/replay/histories');
const fixtures = readdirSync(HISTORIES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(HISTORIES, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ workflowType: d.name, name: f, path: join(HISTORIES, d.name, f) })),
  );

let bundle: WorkflowBundle;
beforeAll(async () => {
  bundle = await bundleWorkflowCode({ workflowsPath: resolve('workflows/index.ts'), logger: undefined });
}, 120_000);

describe('recorded workflow histories replay on the current code', () => {
  it('has fixtures for every released workflow type', () => {
    const types = new Set(fixtures.map((f) => f.workflowType));
    expect([...types].sort()).toEqual(
      expect.arrayContaining(['advocacyMentorship', 'institutionalProgram', 'organizationOnboarding', 'templateProgram']),
    );
  });

  for (const f of fixtures) {
    it(`${f.workflowType}/${f.name}`, async () => {
      const history = JSON.parse(readFileSync(f.path, 'utf8'));
      expect(history.events[0].eventType).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_STARTED');
      expect(history.events[0].workflowExecutionStartedEventAttributes.workflowType.name).toBe(f.workflowType);
      await Worker.runReplayHistory({ workflowBundle: bundle, replayName: f.name }, history);
    }, 60_000);
  }
});
