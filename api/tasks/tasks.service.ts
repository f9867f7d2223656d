import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { completeTaskUpdate, type ProgramTask } from '../../workflows/institutional/contract';
import type { InstitutionalTaskType } from '../../workflows/institutional/model';
import type { GenderReportData, SelfAssessmentData } from '../../workflows/institutional/task-data';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import type { AdvocacySnapshot } from '../../workflows/advocacy/contract';
import type { ListQuery } from '../common/list-query';
import { pageOf } from '../common/paged-list';
import { Improvement } from '../improvements/improvement.entity';
import { scopePrograms } from '../programs/program-access';
import { ProgramsService, roleActor, withAuditId } from '../programs/programs.service';
import { Task } from './task.entity';

export const TASK_SORTABLE = ['dueAt', 'openedAt', 'completedAt', 'type', 'year', 'status'] as const;
const GENDER_TASKS = ['gender_report', 'gender_plan_review'];
const COLUMN: Record<string, string> = {
  dueAt: 't.due_at',
  openedAt: 't.opened_at',
  completedAt: 't.completed_at',
  assigneeId: 't.assignee_id',
  programId: 't.program_id',
  organizationId: 'p.organization_id',
};
const col = (f: string) => COLUMN[f] ?? `t.${f}`;

@Injectable()
export class TasksService {
  constructor(
    @InjectRepository(Task) private readonly repo: Repository<Task>,
    @InjectRepository(Improvement) private readonly improvements: Repository<Improvement>,
    private readonly programs: ProgramsService,
    private readonly audit: AuditService,
  ) {}

  private baseQuery(user: AuthUser) {
    const qb = this.repo
      .createQueryBuilder('t')
      // A left join (program_id is a NOT NULL foreign key, so it is the same rows): PostgreSQL
      // leaves it out of a page's id query when no filter or scope needs the program.
      .leftJoinAndSelect('t.program', 'p')
      .leftJoinAndSelect('p.organization', 'o')
      .leftJoinAndSelect('t.assignee', 'a');
    scopePrograms(qb, user);
    // Gender experts work on gender tasks only, even in programs they can see; they also read
    // the completed self-assessments of their programs, which their report is written from.
    if (user.role === 'gender_expert') {
      qb.andWhere("(t.type IN (:...genderTasks) OR (t.type = 'self_assessment' AND t.status = 'completed'))", { genderTasks: GENDER_TASKS });
    }
    return qb;
  }

  toDto(t: Task) {
    const { program, assignee, ...rest } = t;
    return {
      ...rest,
      workflowId: program?.workflowId,
      organizationId: program?.organizationId,
      organizationName: program?.organization?.name ?? null,
      assigneeName: assignee?.fullName ?? null,
    };
  }

  async list(q: ListQuery, user: AuthUser) {
    const qb = this.baseQuery(user);
    for (const [key, value] of Object.entries(q.filter)) {
      if (value === undefined || value === '') continue;
      if (key === 'overdue') qb.andWhere('t.overdue = :overdue AND t.status = :openStatus', { overdue: value === true, openStatus: 'open' });
      else if (Array.isArray(value)) qb.andWhere(`${col(key)} IN (:...${key})`, { [key]: value });
      else qb.andWhere(`${col(key)} = :${key}`, { [key]: value });
    }
    // Overdue first, then the requested order.
    qb.orderBy('t.overdue', 'DESC').addOrderBy(col(q.sort.field), q.sort.order).addOrderBy('t.id');
    return pageOf(qb, 't.id', q.skip, q.take);
  }

  async getVisible(id: string, user: AuthUser): Promise<Task> {
    const t = await this.repo.findOne({ where: { id }, relations: { program: { organization: true }, assignee: true } });
    if (!t) throw new NotFoundException(`Task ${id} not found`);
    const visible = await this.baseQuery(user).andWhere('t.id = :id', { id }).getCount();
    if (!visible) throw new ForbiddenException('This task is not yours to see');
    return t;
  }

  /**
   * What a form needs besides the task: the program's config and what the task builds on,
   * shown read-only beside its fields (the gender report: the self-assessment; the improvement
   * plan: the improvement areas per element and the gender recommendations; the re-evaluation:
   * this year's grades).
   */
  async context(t: Task) {
    const program = t.program!;
    if (program.type === 'advocacy') return this.advocacyContext(t);
    const ofType = (type: InstitutionalTaskType) =>
      this.repo.findOne({ where: { programId: t.programId, year: t.year, type, status: 'completed' }, order: { completedAt: 'DESC' } });
    const needsSelf = t.type === 're_evaluation' || t.type === 'gender_report' || t.type === 'improvement_plan';
    const self = needsSelf ? await ofType('self_assessment') : null;
    const selfData = self?.data as unknown as SelfAssessmentData | undefined;
    const report = t.type === 'improvement_plan' || t.type === 'gender_plan_review' ? await ofType('gender_report') : null;
    const reportData = report?.data as unknown as GenderReportData | undefined;
    const planItems =
      t.type === 'gender_plan_review' || t.type === 're_evaluation'
        ? await this.improvements.find({ where: { programId: t.programId, year: t.year }, order: { position: 'ASC' } })
        : [];
    return {
      config: program.config,
      previousGrades: selfData
        ? {
            elements: Object.fromEntries(Object.entries(selfData.elements).map(([k, v]) => [k, v.grade])),
            principles: selfData.principles,
          }
        : null,
      genderPlanRequired: reportData?.genderPlanRequired ?? false,
      planItems,
      selfAssessment:
        selfData && self
          ? {
              taskId: self.id,
              completedAt: self.completedAt,
              sessionDates: selfData.sessionDates,
              participants: selfData.participants,
              genderObservations: selfData.genderObservations,
              elements: Object.fromEntries(
                Object.entries(selfData.elements).map(([k, v]) => [
                  k,
                  // The improvement plan builds on the areas to improve; the gender report on the grades.
                  t.type === 'improvement_plan' ? { grade: v.grade, improvementAreas: v.improvementAreas } : { grade: v.grade },
                ]),
              ),
              principles: selfData.principles,
            }
          : null,
      genderReport:
        reportData && report
          ? {
              taskId: report.id,
              completedAt: report.completedAt,
              recommendations: reportData.recommendations,
              mainstreamingLevel: reportData.mainstreamingLevel,
              genderPlanRequired: reportData.genderPlanRequired,
            }
          : null,
    };
  }

  private async advocacyContext(t: Task) {
    const program = t.program!;
    const live = (await this.programs.liveState(program)) as AdvocacySnapshot | null;
    const needs = await this.repo.findOne({ where: { programId: t.programId, type: 'needs_assessment', status: 'completed' } });
    return {
      config: program.config,
      needs: needs?.data ?? null,
      planVersions: live?.planVersions ?? null,
      finalPlanVersion: live?.finalPlanVersion ?? null,
      planLockedAt: live?.planLockedAt ?? null,
    };
  }

  /** The open task of a type in a program, if any. */
  findOpen(programId: string, type: string): Promise<Task | null> {
    return this.repo.findOne({ where: { programId, type, status: 'open' } });
  }

  /** Only the assignee completes a task; the workflow validates the data and answers after projecting. */
  async complete(id: string, data: unknown, user: AuthUser): Promise<{ task: ProgramTask }> {
    const t = await this.getVisible(id, user);
    if (t.assigneeId !== user.id) {
      await this.audit.record({
        actor: user,
        action: `workflow.update.completeTask.${t.type}`,
        targetType: 'program',
        targetId: t.programId,
        workflowId: t.program?.workflowId ?? null,
        result: 'rejected',
        details: { taskId: id, error: 'not the assignee' },
      });
      throw new ForbiddenException('This task is assigned to someone else');
    }
    if (t.status !== 'open') throw new ConflictException(`This task is already ${t.status}`);
    const task = await this.programs.executeUpdate(t.program!, user, `workflow.update.completeTask.${t.type}`, { taskId: id }, (h, ids) =>
      h.executeUpdate(completeTaskUpdate, { args: [withAuditId({ taskId: id, data, actor: roleActor(user) }, ids.auditId)], updateId: ids.updateId }),
    );
    return { task: task as ProgramTask };
  }
}

