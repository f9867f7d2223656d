import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource, EntityManager } from 'typeorm';
import {
  PROJECTION_REJECTED,
  type Fact,
  type FactBatch,
  type PlanItemRow,
  type ProgramColumns,
  type RecordRow,
  type ProjectionFailure,
  type TaskRow,
  type VisitRow,
} from '../../workflows/programs/facts';
import type { NotificationInput } from '../../workflows/programs/contract';
import type { ProjectionActivities } from '../../workflows/programs/program-core';
import { EmailOutbox } from '../notifications/email-outbox.service';
import { upsertPlanItems, upsertTasks } from './program-parts-writes';

const COLUMN: Record<keyof ProgramColumns, { name: string; json?: true }> = {
  status: { name: 'status' },
  stage: { name: 'stage' },
  year: { name: 'year' },
  mentorId: { name: 'mentor_id' },
  genderExpertId: { name: 'gender_expert_id' },
  openTaskCount: { name: 'open_task_count' },
  overdueTaskCount: { name: 'overdue_task_count' },
  visitCount: { name: 'visit_count' },
  lastContactAt: { name: 'last_contact_at' },
  planDone: { name: 'plan_done' },
  planTotal: { name: 'plan_total' },
  yearResults: { name: 'year_results', json: true },
  comparison: { name: 'comparison', json: true },
  withdrawnReason: { name: 'withdrawn_reason' },
  details: { name: 'details', json: true },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * SQLSTATE classes that mean "this data can never be stored" (a NUL byte, a value too long, a
 * broken reference), as opposed to an outage, which is retried until the database is back.
 */
const REJECTED_CLASSES = ['22', '23', '42', '54'];

/**
 * The projection of the delta core (local activities, see workflows/programs/program-core.ts):
 * applies one action's facts to the read model in one transaction, idempotently by the program's
 * sequence number. Also records a batch that could not be applied, so the program is flagged.
 */
@Injectable()
export class ProgramProjectionService implements ProjectionActivities {
  private readonly logger = new Logger('Projection');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: EmailOutbox,
  ) {}

  async applyFacts(batch: FactBatch): Promise<void> {
    let mails = 0;
    if (batch.full) await this.waitForRow(batch.programId);
    try {
      await this.db.transaction(async (m) => {
        const [row] = (await m.query('SELECT state_version FROM programs WHERE id = $1 FOR UPDATE', [batch.programId])) as {
          state_version: number;
        }[];
        // The API writes the row in the transaction that starts the workflow; it may not be committed yet.
        if (!row) throw ApplicationFailure.retryable(`Program ${batch.programId} is not in the read model yet`, 'ProgramNotProjectedYet');
        // Already applied (a retried activity, or a worker that crashed after the commit); a
        // repair rewrites the state it read, unless the workflow has projected past it since.
        if (row.state_version > batch.seq || (row.state_version === batch.seq && !batch.repair)) return;
        mails = await this.apply(m, batch);
      });
    } catch (err) {
      throw classify(err);
    }
    if (mails) this.outbox.kick();
  }

  /**
   * A program's first batch usually arrives while the API's transaction that starts it is still
   * committing: wait a moment here rather than fail the attempt (and log a retry) at once.
   */
  private async waitForRow(programId: string): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const rows = (await this.db.query('SELECT 1 FROM programs WHERE id = $1', [programId]).catch(() => [])) as unknown[];
      if (rows.length) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async apply(m: EntityManager, b: FactBatch): Promise<number> {
    const set: ProgramColumns = {};
    const tasks = new Map<string, TaskRow>();
    const items = new Map<string, PlanItemRow>();
    const visits: VisitRow[] = [];
    const records: RecordRow[] = [];
    const notes: NotificationInput[] = [];
    for (const f of b.facts as Fact[]) {
      if (f.kind === 'program') Object.assign(set, f.set);
      else if (f.kind === 'plan_item') items.set(f.item.id, f.item);
      else if (f.kind === 'visit_logged') visits.push(f.visit);
      else if (f.kind === 'notification') notes.push(f.notification);
      else if (f.kind === 'record_added') records.push(f.record);
      else tasks.set(f.task.id, f.task);
    }
    await this.updateProgram(m, b, set);
    await upsertTasks(m, b.programId, [...tasks.values()]);
    await upsertPlanItems(m, b.programId, [...items.values()]);
    if (visits.length) await this.insertVisits(m, b.programId, visits);
    if (records.length) await this.insertRecords(m, b.programId, records);
    if (notes.length) await this.insertNotifications(m, notes);
    if (b.auditId && UUID.test(b.auditId)) await this.markAudited(m, b.auditId);
    return this.outbox.enabled ? notes.length : 0;
  }

  /**
   * The request's audit row says ok together with the facts. In a savepoint: an audit row that
   * cannot be written must never hold back the facts of a change that was applied (the API
   * settles the row too, best effort).
   */
  private async markAudited(m: EntityManager, auditId: string): Promise<void> {
    await m.query('SAVEPOINT audit_mark');
    try {
      await m.query(`UPDATE audit_log SET result = 'ok' WHERE id = $1 AND result = 'pending'`, [auditId]);
      await m.query('RELEASE SAVEPOINT audit_mark');
    } catch (err) {
      await m.query('ROLLBACK TO SAVEPOINT audit_mark');
      this.logger.warn(`Audit entry ${auditId} could not be marked ok: ${(err as Error).message}`);
    }
  }

  private async updateProgram(m: EntityManager, b: FactBatch, set: ProgramColumns) {
    const assignments = ['state_version = $2', 'updated_at = now()'];
    const params: unknown[] = [b.programId, b.seq];
    for (const [key, value] of Object.entries(set)) {
      const c = COLUMN[key as keyof ProgramColumns];
      if (!c) continue;
      params.push(c.json ? JSON.stringify(value ?? null) : value);
      assignments.push(`${c.name} = $${params.length}${c.json ? '::jsonb' : ''}`);
    }
    // A full snapshot (start, continue-as-new, repair) rewrites everything: the flag goes.
    if (b.full) assignments.push('read_model_error = NULL');
    await m.query(`UPDATE programs SET ${assignments.join(', ')} WHERE id = $1`, params);
    if (b.full)
      await m.query(`UPDATE projection_failures SET repaired_at = now() WHERE program_id = $1 AND repaired_at IS NULL`, [b.programId]);
  }

  private async insertVisits(m: EntityManager, programId: string, rows: VisitRow[]) {
    await m.query(
      `INSERT INTO visits (id, program_id, organization_id, mentor_id, year, date, mode, duration_minutes, notes, plan_item_ids, created_by)
       SELECT x.id, $1, x."organizationId", x."mentorId", x.year, x.date, x.mode, x."durationMinutes", x.notes, x."planItemIds", x."createdBy"
         FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, "organizationId" uuid, "mentorId" uuid, year int, date date, mode varchar,
              "durationMinutes" int, notes text, "planItemIds" jsonb, "createdBy" uuid)
       ON CONFLICT (id) DO NOTHING`,
      [programId, JSON.stringify(rows)],
    );
  }

  /** Template programs' records (a retried batch or a re-sent record adds nothing: ON CONFLICT). */
  private async insertRecords(m: EntityManager, programId: string, rows: RecordRow[]) {
    await m.query(
      `INSERT INTO program_records (id, program_id, kind, year, stage_id, data, created_by, created_at)
       SELECT x.id, $1, x.kind, x.year, x."stageId", x.data, x."createdBy", x."createdAt"
         FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, kind varchar, year int, "stageId" varchar, data jsonb, "createdBy" uuid, "createdAt" timestamptz)
       ON CONFLICT (id) DO NOTHING`,
      [programId, JSON.stringify(rows)],
    );
  }

  private async insertNotifications(m: EntityManager, rows: NotificationInput[]) {
    await m.query(
      `INSERT INTO notifications (id, user_id, type, message, params, program_id, task_id, email_pending, email_next_at)
       SELECT x.id, x."userId", x.type, x.message, x.params, x."programId", x."taskId", $2, CASE WHEN $2 THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "userId" uuid, type varchar, message text, params jsonb, "programId" uuid, "taskId" uuid)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows), this.outbox.enabled],
    );
  }

  async recordProjectionFailure(f: ProjectionFailure): Promise<void> {
    this.logger.error(`Projection ${f.workflowId}#${f.seq} rejected for good: ${f.reason}`);
    const error = JSON.stringify({ seq: f.seq, reason: f.reason, at: new Date().toISOString() });
    await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO projection_failures (program_id, workflow_id, seq, reason) VALUES ($1, $2, $3, $4) ON CONFLICT (workflow_id, seq) DO NOTHING`,
        // PostgreSQL text cannot hold NUL: a reason quoting bad input has its NULs dropped.
        // eslint-disable-next-line no-control-regex
        [f.programId, f.workflowId, f.seq, f.reason.replace(/\u0000/g, '')],
      );
      await m.query(`UPDATE programs SET read_model_error = $2::jsonb, updated_at = now() WHERE id = $1`, [
        f.programId,
        error.replace(/\\u0000/g, ''),
      ]);
    });
  }
}

/** Bad data becomes a non-retryable failure; everything else (an outage) is retried. */
function classify(err: unknown): unknown {
  if (err instanceof ApplicationFailure) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && REJECTED_CLASSES.includes(code.slice(0, 2))) {
    return ApplicationFailure.nonRetryable(`PostgreSQL refused the facts (${code}): ${(err as Error).message}`, PROJECTION_REJECTED);
  }
  return err;
}
