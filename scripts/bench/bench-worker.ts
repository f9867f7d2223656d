/**
 * The bench process's own small worker: runs bench-target.workflow on a task queue of its own,
 * on the same Temporal server as the system, with one activity writing one PostgreSQL row.
 */
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { Pool } from 'pg';
import type { BenchActivities } from './bench-target.workflow';

export const BENCH_TABLE = 'mentorflow_bench_rows';

export interface BenchWorker {
  taskQueue: string;
  pool: Pool;
  stop(): Promise<void>;
}

export async function startBenchWorker(opts: { temporalAddress: string; namespace: string; databaseUrl: string }): Promise<BenchWorker> {
  const pool = new Pool({ connectionString: opts.databaseUrl, max: 4 });
  // A table of the benchmark's own, so nothing of the system's schema is touched; dropped at the end.
  await pool.query(
    `CREATE TABLE IF NOT EXISTS ${BENCH_TABLE} (id bigserial PRIMARY KEY, workflow_id text NOT NULL, n int NOT NULL, written_at timestamptz NOT NULL DEFAULT now())`,
  );
  const activities: BenchActivities = {
    async writeRow(workflowId, n) {
      await pool.query(`INSERT INTO ${BENCH_TABLE} (workflow_id, n) VALUES ($1, $2)`, [workflowId, n]);
    },
  };
  // The SDK logs every workflow state change at INFO by default: that would flood the run's output.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const connection = await NativeConnection.connect({ address: opts.temporalAddress });
  const taskQueue = `mentorflow-bench-${process.pid}-${Date.now().toString(36)}`;
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue,
    workflowsPath: require.resolve('./bench-target.workflow'),
    activities,
  });
  const running = worker.run();
  return {
    taskQueue,
    pool,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await connection.close().catch(() => undefined);
      await pool.query(`DROP TABLE IF EXISTS ${BENCH_TABLE}`).catch(() => undefined);
      await pool.end();
    },
  };
}
