import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { isBuiltInType } from '../program-types/built-in-types';
import { readTotals } from '../read-model/read-model-totals';
import { unknownRole } from '../users/role';

type Row = Record<string, unknown>;

/** A designed type's task name ({en, tr}) from the version its program runs; null for built-in tasks. */
const TASK_NAME = `(SELECT tk->'name' FROM program_template_versions v
    CROSS JOIN LATERAL jsonb_array_elements(v.compiled->'definition'->'stages') st
    CROSS JOIN LATERAL jsonb_array_elements(st->'tasks') tk
   WHERE v.id = p.template_version_id AND tk->>'id' = t.type LIMIT 1) AS "taskName"`;
/** A designed program's current stage by its name in the program's version (null for built-in types). */
const STAGE_NAME = `(SELECT st->'name' FROM program_template_versions v
    CROSS JOIN LATERAL jsonb_array_elements(v.compiled->'definition'->'stages') st
   WHERE v.id = p.template_version_id AND st->>'id' = p.stage LIMIT 1) AS "stageName"`;

/** The dashboards' queries, one dashboard per role. */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The dashboard of the caller's role. */
  async forUser(user: AuthUser) {
    const role = user.role;
    switch (role) {
      case 'mentor':
        return { role, ...(await this.mentor(user.id)) };
      case 'gender_expert':
        return { role, ...(await this.genderExpert(user.id)) };
      case 'admin':
      case 'program_manager':
        return { role, ...(await this.manager()) };
      case 'cso_member':
        return { role, ...(await this.csoMember(user)) };
      default:
        return unknownRole(role);
    }
  }

  /** A CSO member: their organisation's programs and the tasks that are theirs to do. */
  private async csoMember(user: AuthUser) {
    const programs = await this.q(
      `SELECT p.id, p.type, p.stage, p.status, p.year FROM programs p WHERE p.organization_id = $1 ORDER BY p.created_at DESC`,
      [user.organizationId],
    );
    const openTasks = await this.q(
      `SELECT t.id, t.type, t.due_at AS "dueAt", t.program_id AS "programId" FROM tasks t JOIN users a ON a.id = t.assignee_id
        WHERE a.organization_id = $1 AND t.status = 'open' ORDER BY t.due_at LIMIT 20`,
      [user.organizationId],
    );
    return { programs, openTasks };
  }

  private q<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(sql, params) as Promise<T[]>;
  }

  private async manager() {
    // Counts from the running totals (api/read-model/read-model-totals.ts), not from the rows.
    const totals = await readTotals(this.db, ['programs:', 'overdue_open_tasks']);
    const byStage = [...totals]
      .filter(([k]) => k.startsWith('programs:'))
      .map(([k, n]) => ({ type: k.split(':')[1], stage: k.split(':')[2], n }));
    const overdue = await this.q(
      `SELECT t.id, t.type, t.due_at AS "dueAt", p.id AS "programId", o.name AS "organizationName", u.full_name AS "assigneeName", ${TASK_NAME}
         FROM tasks t JOIN programs p ON p.id = t.program_id JOIN organizations o ON o.id = p.organization_id JOIN users u ON u.id = t.assignee_id
        WHERE t.status = 'open' AND t.overdue ORDER BY t.due_at LIMIT 20`,
    );
    const overdueCount = totals.get('overdue_open_tasks') ?? 0;
    // Visits since the first of this month: the per-mentor, per-month totals of this month and later.
    const visitsPerMentor = await this.q(
      `SELECT u.id AS "mentorId", u.full_name AS "mentorName",
              coalesce((SELECT sum(t.n) FROM read_model_totals t
                         WHERE t.key >= 'visits_mentor_month:' || u.id || ':' || to_char(now(), 'YYYY-MM') AND t.key < 'visits_mentor_month:' || u.id || ';'), 0)::int AS visits
         FROM users u WHERE u.role = 'mentor' AND u.is_active ORDER BY u.full_name`,
    );
    // In implementation with no contact for longer than the program's own reminder period.
    const noContact = await this.q(
      `SELECT p.id AS "programId", o.name AS "organizationName", u.full_name AS "mentorName", p.last_contact_at AS "lastContactAt"
         FROM programs p JOIN organizations o ON o.id = p.organization_id JOIN users u ON u.id = p.mentor_id
        WHERE p.type = 'institutional' AND p.status = 'active' AND p.stage = 'implementation'
          AND coalesce(p.last_contact_at, p.updated_at) < now() - ((p.config->'durations'->>'noContactReminder')::bigint * interval '1 millisecond')
        ORDER BY p.last_contact_at NULLS FIRST LIMIT 50`,
    );
    // Programs whose read model is behind their workflow, and why (repair: npm run repair-read-model).
    const readModelBehind = await this.q(
      `SELECT p.id AS "programId", o.name AS "organizationName", p.read_model_error AS "error"
         FROM programs p JOIN organizations o ON o.id = p.organization_id
        WHERE p.read_model_error IS NOT NULL ORDER BY p.updated_at DESC LIMIT 50`,
    );
    return {
      readModelBehind,
      programsByStage: byStage.reduce<Record<string, Record<string, number>>>((acc, r) => {
        (acc[r.type as string] ??= {})[r.stage as string] = r.n as number;
        return acc;
      }, {}),
      overdueTasks: { count: overdueCount, items: overdue },
      visitsPerMentorThisMonth: visitsPerMentor,
      withoutContact: noContact,
    };
  }

  private async mentor(id: string) {
    const portfolio = await this.q(
      // By urgency: programs with overdue tasks first (most overdue first), then by the next due task.
      `SELECT p.id, p.type, p.stage, p.status, p.year, p.years, p.overdue_task_count AS "overdueTaskCount", p.last_contact_at AS "lastContactAt",
              (SELECT o.name FROM organizations o WHERE o.id = p.organization_id) AS "organizationName",
              (SELECT min(t.due_at) FROM tasks t WHERE t.program_id = p.id AND t.status = 'open') AS "nextDueAt", ${STAGE_NAME}
         FROM programs p WHERE p.mentor_id = $1 AND p.status IN ('active','paused')
        ORDER BY p.overdue_task_count DESC, "nextDueAt" ASC NULLS LAST, "organizationName"`,
      [id],
    );
    const due = await this.openTasks(id);
    return { portfolio, dueTasks: due };
  }

  private async genderExpert(id: string) {
    const tasks = await this.openTasks(id);
    return {
      reportsToWrite: tasks.filter((t) => t.type === 'gender_report'),
      reviewsDue: tasks.filter((t) => t.type === 'gender_plan_review'),
      // Tasks of designed program types assigned to her (issue 10).
      templateTasks: tasks.filter((t) => !isBuiltInType(t.programType)),
    };
  }

  private openTasks(assigneeId: string) {
    return this.q<{ type: string; programType: string }>(
      `SELECT t.id, t.type, t.year, t.due_at AS "dueAt", t.overdue, p.id AS "programId", p.type AS "programType", o.name AS "organizationName", ${TASK_NAME}
         FROM tasks t JOIN programs p ON p.id = t.program_id JOIN organizations o ON o.id = p.organization_id
        WHERE t.assignee_id = $1 AND t.status = 'open' ORDER BY t.overdue DESC, t.due_at LIMIT 50`,
      [assigneeId],
    );
  }
}
