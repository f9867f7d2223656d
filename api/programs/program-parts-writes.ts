import type { EntityManager } from 'typeorm';
import type { PlanItemRow, TaskRow } from '../../workflows/programs/facts';

/*
 * Tasks and plan items as the workflows report them, written to the read model by both
 * projections (the delta core's facts, version 1's whole snapshots): a new row is inserted, a
 * known one (by id) updated in what can change. Nothing is written for no rows.
 */

/** Tasks: a known one changes its assignee, status, due date, overdue flag, completion and data. */
export async function upsertTasks(m: EntityManager, programId: string, rows: readonly TaskRow[]): Promise<void> {
  if (!rows.length) return;
  await m.query(
    `INSERT INTO tasks (id, program_id, type, year, assignee_id, status, opened_at, due_at, overdue, completed_at, completed_by, cancelled_reason, data)
     SELECT x.id, $1, x.type, x.year, x."assigneeId", x.status, x."openedAt", x."dueAt", x.overdue, x."completedAt", x."completedBy", x."cancelledReason", x.data
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, type varchar, year int, "assigneeId" uuid, status varchar, "openedAt" timestamptz,
            "dueAt" timestamptz, overdue boolean, "completedAt" timestamptz, "completedBy" uuid, "cancelledReason" text, data jsonb)
     ON CONFLICT (id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id, status = EXCLUDED.status, due_at = EXCLUDED.due_at,
       overdue = EXCLUDED.overdue, completed_at = EXCLUDED.completed_at, completed_by = EXCLUDED.completed_by,
       cancelled_reason = EXCLUDED.cancelled_reason, data = EXCLUDED.data`,
    [programId, JSON.stringify(rows)],
  );
}

/** Plan items: a known one (by id) changes only its status, reason and time. */
export async function upsertPlanItems(m: EntityManager, programId: string, rows: readonly PlanItemRow[]): Promise<void> {
  if (!rows.length) return;
  await m.query(
    `INSERT INTO improvements (id, program_id, year, position, element, study_type, title, priority, target_date, principles, gender_marker, status, reason, updated_at)
     SELECT x.id, $1, x.year, x.position, x.element, x."studyType", x.title, x.priority, x."targetDate", x.principles, x."genderMarker", x.status, x.reason, x."updatedAt"
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, year int, position int, element varchar, "studyType" varchar, title varchar, priority varchar,
            "targetDate" date, principles jsonb, "genderMarker" int, status varchar, reason text, "updatedAt" timestamptz)
     ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason, updated_at = EXCLUDED.updated_at`,
    [programId, JSON.stringify(rows)],
  );
}
