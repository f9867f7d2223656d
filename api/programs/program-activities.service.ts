import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { NotificationInput } from '../../workflows/programs/contract';
import type { InstitutionalActivities, InstitutionalSnapshot, VisitRecord } from '../../workflows/institutional/contract';
import { Improvement } from '../improvements/improvement.entity';
import { Notification } from '../notifications/notification.entity';
import { Task } from '../tasks/task.entity';
import { Visit } from '../visits/visit.entity';
import { Program } from './program.entity';

/**
 * Activities that write the read model the console lists and filters. All idempotent: Temporal
 * may run an activity again after a crash, and projections may arrive out of order (stateVersion).
 */
@Injectable()
export class ProgramActivitiesService implements InstitutionalActivities {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async projectInstitutionalProgram(s: InstitutionalSnapshot): Promise<void> {
    await this.db.transaction(async (m) => {
      const current = await m.getRepository(Program).findOne({ where: { id: s.programId }, lock: { mode: 'pessimistic_write' } });
      if (!current) {
        // The API writes the row in the transaction that starts the workflow; it may not be committed yet.
        throw ApplicationFailure.retryable(`Program ${s.programId} is not in the read model yet`, 'ProgramNotProjectedYet');
      }
      if (current.stateVersion >= s.stateVersion) return;
      const items = s.planItems;
      await m.getRepository(Program).update(s.programId, {
        mentorId: s.mentorId,
        genderExpertId: s.genderExpertId,
        status: s.status,
        stage: s.stage,
        year: s.year,
        openTaskCount: s.tasks.filter((t) => t.status === 'open').length,
        overdueTaskCount: s.tasks.filter((t) => t.status === 'open' && t.overdue).length,
        visitCount: s.visitCount,
        lastContactAt: s.lastContactAt ? new Date(s.lastContactAt) : null,
        planDone: items.filter((i) => i.status === 'done').length,
        planTotal: items.filter((i) => i.status !== 'dropped').length,
        yearResults: s.yearResults,
        comparison: s.comparison,
        withdrawnReason: s.withdrawnReason,
        stateVersion: s.stateVersion,
      });
      if (s.tasks.length) {
        await m
          .createQueryBuilder()
          .insert()
          .into(Task)
          .values(
            s.tasks.map((t) => ({
              id: t.id,
              programId: s.programId,
              type: t.type,
              year: t.year,
              assigneeId: t.assigneeId,
              status: t.status,
              openedAt: new Date(t.openedAt),
              dueAt: new Date(t.dueAt),
              overdue: t.overdue,
              completedAt: t.completedAt ? new Date(t.completedAt) : null,
              completedBy: t.completedBy,
              cancelledReason: t.cancelledReason,
              data: t.data,
            })) as QueryDeepPartialEntity<Task>[],
          )
          .orUpdate(['assignee_id', 'status', 'due_at', 'overdue', 'completed_at', 'completed_by', 'cancelled_reason', 'data'], ['id'])
          .execute();
      }
      if (items.length) {
        await m
          .createQueryBuilder()
          .insert()
          .into(Improvement)
          .values(
            items.map((i) => ({
              id: i.id,
              programId: s.programId,
              year: i.year,
              position: i.position,
              element: i.element,
              studyType: i.studyType,
              title: i.title,
              priority: i.priority,
              targetDate: i.targetDate,
              principles: i.principles,
              genderMarker: i.genderMarker,
              status: i.status,
              reason: i.reason,
              updatedAt: new Date(i.updatedAt),
            })),
          )
          .orUpdate(['status', 'reason', 'updated_at'], ['id'])
          .execute();
      }
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
      .values(notifications.map((n) => ({ id: n.id, userId: n.userId, type: n.type, message: n.message, programId: n.programId, taskId: n.taskId ?? null })))
      .orIgnore()
      .execute();
  }
}
