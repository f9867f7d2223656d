import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { AdvocacySnapshot } from '../../workflows/advocacy/contract';
import { projectedView as advocacyView, type AdvocacyState } from '../../workflows/advocacy/state';
import type { InstitutionalSnapshot } from '../../workflows/institutional/contract';
import { projectedView as institutionalView, type ProgramState } from '../../workflows/institutional/state';
import { stateQuery } from '../../workflows/programs/contract';
import { isBuiltInProgramType } from '../../workflows/programs/registry';
import { projectedView as templateView, type TemplateState } from '../../workflows/templates/state';
import { FactTracker } from '../../workflows/programs/fact-tracker';
import type { FactBatch } from '../../workflows/programs/facts';
import { validateConfig } from '../config/config.schema';
import { WorkerModule } from '../worker/worker.module';
import { ProgramProjectionService } from './program-projection.service';

export interface RepairResult {
  programId: string;
  workflowId: string;
  seq: number;
  facts: number;
}

/**
 * Re-projects programs from their workflows' live state (the `state` query) as full snapshots:
 * `npm run repair-read-model -- --program <id>` (or `--behind`, every flagged program). Clears
 * the "read model behind" flag. Visits that PostgreSQL refused cannot be recovered this way: the
 * workflow keeps their count, not their text.
 */
export async function repairReadModel(opts: {
  env?: Record<string, string | undefined>;
  programIds?: string[];
  behind?: boolean;
  log?: (m: string) => void;
}): Promise<RepairResult[]> {
  const config = validateConfig(opts.env ?? process.env);
  const log = opts.log ?? ((m: string) => console.log(m));
  const ctx = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn'] });
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  try {
    const db = ctx.get(DataSource);
    const projection = ctx.get(ProgramProjectionService);
    const ids = [...(opts.programIds ?? [])];
    if (opts.behind)
      ids.push(...((await db.query(`SELECT id FROM programs WHERE read_model_error IS NOT NULL`)) as { id: string }[]).map((r) => r.id));
    const results: RepairResult[] = [];
    for (const id of new Set(ids)) {
      const [row] = (await db.query(`SELECT workflow_id, type FROM programs WHERE id = $1`, [id])) as {
        workflow_id: string;
        type: string;
      }[];
      if (!row) throw new Error(`Program ${id} is not in the read model`);
      const snapshot = (await client.workflow.getHandle(row.workflow_id).query(stateQuery)) as InstitutionalSnapshot | AdvocacySnapshot;
      // A designed type's query answers its live state, which holds what its projected view reads.
      const view = !isBuiltInProgramType(row.type)
        ? templateView(snapshot as unknown as TemplateState)
        : row.type === 'advocacy'
          ? advocacyView(snapshot as AdvocacyState)
          : institutionalView(snapshot as ProgramState);
      const batch: FactBatch = {
        programId: id,
        workflowId: row.workflow_id,
        seq: snapshot.stateVersion,
        at: new Date().toISOString(),
        full: true,
        repair: true,
        auditId: null,
        facts: new FactTracker(view).full(),
      };
      await projection.applyFacts(batch);
      log(`Re-projected ${id} (${row.workflow_id}) at #${batch.seq}: ${batch.facts.length} facts`);
      results.push({ programId: id, workflowId: row.workflow_id, seq: batch.seq, facts: batch.facts.length });
    }
    return results;
  } finally {
    await connection.close();
    await ctx.close();
  }
}
