import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AdvocacyActivities, AdvocacySnapshot } from '../../workflows/advocacy/contract';
import { planColumns } from '../../workflows/advocacy/state';
import type { NotificationInput } from '../../workflows/programs/contract';
import type { BookTask } from '../../workflows/programs/task-book';
import type { InstitutionalActivities, InstitutionalSnapshot, VisitRecord } from '../../workflows/institutional/contract';
import { Notification } from '../notifications/notification.entity';
import { EmailOutbox } from '../notifications/email-outbox.service';
import { Visit } from '../visits/visit.entity';
import { Program } from './program.entity';
import { upsertPlanItems, upsertTasks } from './program-parts-writes';

/**
 * Version 1's activities (whole snapshots), still run by programs started before the delta core
 * until their year ends (their next year runs on the core: program-projection.service.ts). All
 * idempotent: Temporal may run an activity again after a crash, and projections may arrive out
 * of order (stateVersion).
 */
@Injectable()
export class ProgramActivitiesService implements InstitutionalActivities, AdvocacyActivities {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: EmailOutbox,
  ) {}

  async projectInstitutionalProgram(s: InstitutionalSnapshot): Promise<void> {
    const items = s.planItems;
    await this.project(
      s,
      {
        genderExpertId: s.genderExpertId,
        visitCount: s.visitCount,
        lastContactAt: s.lastContactAt ? new Date(s.lastContactAt) : null,
        planDone: items.filter((i) => i.status === 'done').length,
        planTotal: items.filter((i) => i.status !== 'dropped').length,
        yearResults: s.yearResults,
        comparison: s.comparison,
      },
      (m) => upsertPlanItems(m, s.programId, items),
    );
  }

  async projectAdvocacyProgram(s: AdvocacySnapshot): Promise<void> {
    await this.project(s, planColumns(s));
  }

  /**
   * What both programs write: the program row (only when the snapshot is newer than what is
   * there) and its tasks, plus type-specific columns and rows, in one transaction.
   */
  private async project(
    s: InstitutionalSnapshot | AdvocacySnapshot,
    columns: QueryDeepPartialEntity<Program>,
    extra?: (m: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.db.transaction(async (m) => {
      const current = await m.getRepository(Program).findOne({ where: { id: s.programId }, lock: { mode: 'pessimistic_write' } });
      if (!current) {
        // The API writes the row in the transaction that starts the workflow; it may not be committed yet.
        throw ApplicationFailure.retryable(`Program ${s.programId} is not in the read model yet`, 'ProgramNotProjectedYet');
      }
      if (current.stateVersion >= s.stateVersion) return;
      const tasks = s.tasks as BookTask[];
      await m.getRepository(Program).update(s.programId, {
        mentorId: s.mentorId,
        status: s.status,
        stage: s.stage,
        year: s.year,
        openTaskCount: tasks.filter((t) => t.status === 'open').length,
        overdueTaskCount: tasks.filter((t) => t.status === 'open' && t.overdue).length,
        withdrawnReason: s.withdrawnReason,
        stateVersion: s.stateVersion,
        ...columns,
      });
      await upsertTasks(m, s.programId, tasks);
      await extra?.(m);
    });
  }

  async recordVisit(v: VisitRecord): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(Visit)
      .values({
        id: v.id,
        programId: v.programId,
        organizationId: v.organizationId,
        mentorId: v.mentorId,
        year: v.year,
        date: v.date,
        mode: v.mode,
        durationMinutes: v.durationMinutes,
        notes: v.notes.trim(),
        planItemIds: v.planItemIds ?? [],
        createdBy: v.createdBy.id,
      })
      .orIgnore()
      .execute();
  }

  async notify(notifications: NotificationInput[]): Promise<void> {
    if (!notifications.length) return;
    await this.db
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(
        notifications.map((n) => ({
          id: n.id,
          userId: n.userId,
          type: n.type,
          message: n.message,
          programId: n.programId,
          taskId: n.taskId ?? null,
          params: n.params ?? null,
          // E-mail goes out from the outbox, never inside this activity.
          emailPending: this.outbox.enabled,
          emailNextAt: this.outbox.enabled ? new Date() : null,
        })),
      )
      .orIgnore()
      .execute();
    if (this.outbox.enabled) this.outbox.kick();
  }
}
