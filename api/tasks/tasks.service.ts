import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { completeTaskUpdate, type ProgramTask } from '../../workflows/institutional/contract';
import type { FormDef, Text } from '../../workflows/templates/language';
import { validateSubmission } from '../../workflows/templates/forms';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import type { ListQuery } from '../common/list-query';
import { pageOf } from '../common/paged-list';
import { Improvement } from '../improvements/improvement.entity';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { BUILT_IN_TYPES, programTypeOf } from '../program-types/built-in-types';
import { findTask, programDefinition } from '../program-types/template.type';
import { scopePrograms } from '../programs/program-access';
import { ProgramReadService } from '../programs/program-read.service';
import { programTarget } from '../programs/program-target';
import { roleActor, WorkflowGateway, withAuditId } from '../programs/workflow-gateway';
import { unknownRole } from '../users/role';
import { Task } from './task.entity';

export const TASK_SORTABLE = ['dueAt', 'openedAt', 'completedAt', 'type', 'year', 'status'] as const;
/** What gender experts see of the built-in types' tasks (api/program-types: genderExpertTasks). */
const genderScopes = Object.entries(BUILT_IN_TYPES).flatMap(([type, e]) =>
  e.genderExpertTasks === 'assigned' ? [] : [{ type, ...e.genderExpertTasks }],
);
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
    private readonly programs: ProgramReadService,
    private readonly gateway: WorkflowGateway,
    private readonly trail: AuditTrail,
    private readonly templates: ProgramTemplatesService,
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
    // Designed types: the tasks assigned to her (her role's tasks).
    const role = user.role;
    switch (role) {
      case 'admin':
      case 'program_manager':
      case 'mentor':
        return qb;
      case 'cso_member':
        // Their organisation's tasks that are theirs to do (assigned to one of its members), nothing else.
        return qb.andWhere('a.organization_id = :csoOrg', { csoOrg: user.organizationId });
      case 'gender_expert':
        break;
      default:
        return unknownRole(role);
    }
    {
      const params: Record<string, unknown> = { geUser: user.id };
      const ors = ['(p.template_version_id IS NOT NULL AND t.assignee_id = :geUser)'];
      genderScopes.forEach((g, i) => {
        if (g.works.length) ors.push(`(p.type = :geType${i} AND t.type IN (:...geWorks${i}))`);
        if (g.readsCompleted.length) ors.push(`(p.type = :geType${i} AND t.type IN (:...geReads${i}) AND t.status = 'completed')`);
        Object.assign(params, { [`geType${i}`]: g.type, [`geWorks${i}`]: g.works, [`geReads${i}`]: g.readsCompleted });
      });
      qb.andWhere(`(${ors.join(' OR ')})`, params);
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
      if (key === 'overdue')
        qb.andWhere('t.overdue = :overdue AND t.status = :openStatus', { overdue: value === true, openStatus: 'open' });
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

  /** What a form needs besides the task (its type's entry in api/program-types decides). */
  context(t: Task) {
    return programTypeOf(t.program!.type).taskContext(t, {
      tasks: this.repo,
      improvements: this.improvements,
      liveState: (p) => this.programs.liveState(p),
      templates: this.templates,
    });
  }

  /** Designed types: the task's form and name from the version its program runs (null for built-in tasks). */
  async templateTask(t: Task): Promise<{ form: FormDef; taskName: Text } | null> {
    const def = await programDefinition(t.program!, this.templates);
    const found = def && findTask(def, t.type);
    return found ? { form: found.task.form, taskName: found.task.name } : null;
  }

  /**
   * The task types of designed programs among the tasks assigned to a person, with their names
   * (the inbox's type filter: the inbox lists one's own tasks; the built-in types are known to
   * the console). A type id two designed versions share is listed once, with the name of the
   * most recently published of them (the current wording; the rows' order alone is not defined).
   */
  async designedTaskTypes(user: AuthUser): Promise<{ id: string; name: Text }[]> {
    const rows: { type: string; version: string }[] = await this.baseQuery(user)
      .select('t.type', 'type')
      .addSelect('p.template_version_id', 'version')
      .andWhere('p.template_version_id IS NOT NULL')
      .andWhere('t.assignee_id = :me', { me: user.id })
      .distinct(true)
      .orderBy('t.type')
      .limit(500)
      .getRawMany();
    const out = new Map<string, { name: Text; order: [number, number] }>();
    for (const row of rows) {
      const version = await this.templates.byId(row.version);
      const found = version && findTask(version.compiled.definition, row.type);
      if (!found) continue;
      const order: [number, number] = [new Date(version.publishedAt).getTime(), version.version];
      const seen = out.get(row.type)?.order;
      if (!seen || order[0] > seen[0] || (order[0] === seen[0] && order[1] > seen[1])) out.set(row.type, { name: found.task.name, order });
    }
    return [...out].map(([id, { name }]) => ({ id, name }));
  }

  /** List rows with the designed types' task names (the versions are cached: one read per version). */
  async withTaskNames(rows: Task[]): Promise<(ReturnType<TasksService['toDto']> & { taskName?: Text })[]> {
    return Promise.all(
      rows.map(async (t) => {
        const designed = t.program?.templateVersionId ? await this.templateTask(t) : null;
        return designed ? { ...this.toDto(t), taskName: designed.taskName } : this.toDto(t);
      }),
    );
  }

  /** The open task of a type in a program, if any. */
  findOpen(programId: string, type: string): Promise<Task | null> {
    return this.repo.findOne({ where: { programId, type, status: 'open' } });
  }

  /** Audits a completion refused before the workflow is asked (as the workflow's own rejections are). */
  private refuse<E extends Error>(t: Task, user: AuthUser, error: string, http: E): Promise<E> {
    const action = `workflow.update.completeTask.${t.type}`;
    const audited = {
      action,
      ...programTarget({ id: t.programId, workflowId: t.program?.workflowId ?? null }),
      details: { taskId: t.id, error },
    };
    return this.trail.refuse(user, audited, http);
  }

  /**
   * Nobody approves a draft they authored (issue 12): the latest completed plan_drafting task's
   * author may not approve it (the workflow's validator holds the same rule). Audited when refused.
   */
  private async assertNotOwnDraft(t: Task, user: AuthUser): Promise<void> {
    const last = await this.repo.findOne({
      where: { programId: t.programId, type: 'plan_drafting', status: 'completed' },
      order: { completedAt: 'DESC' },
    });
    if (last?.completedBy !== user.id) return;
    const message = 'you drafted this version: someone else approves it (a program manager when the mentor drafted)';
    throw await this.refuse(
      t,
      user,
      'own draft',
      new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { decision: message } }),
    );
  }

  /** Only the assignee completes a task; the workflow validates the data and answers after projecting. */
  async complete(id: string, data: unknown, user: AuthUser): Promise<{ task: ProgramTask }> {
    const t = await this.getVisible(id, user);
    const designed = await this.templateTask(t);
    // A designed type's manager task: any program manager (or admin) may do it, as the workflow allows.
    const managerTask =
      !!designed && findTask((await programDefinition(t.program!, this.templates))!, t.type)?.task.role === 'program_manager';
    // A task assigned to a CSO member: any active member of that organisation may do it (issue 12).
    const memberTask = user.role === 'cso_member' && !!user.organizationId && t.assignee?.organizationId === user.organizationId;
    // Advocacy: a program manager reviews a plan version the mentor drafted (nobody approves their own draft).
    const managerReview =
      t.type === 'plan_review' && t.program?.type === 'advocacy' && (user.role === 'program_manager' || user.role === 'admin');
    const mayAct =
      t.assigneeId === user.id ||
      memberTask ||
      managerReview ||
      (managerTask && (user.role === 'program_manager' || user.role === 'admin'));
    if (!mayAct) {
      throw await this.refuse(t, user, 'not the assignee', new ForbiddenException('This task is assigned to someone else'));
    }
    if (t.status !== 'open') throw new ConflictException(`This task is already ${t.status}`);
    if (t.type === 'plan_review' && t.program?.type === 'advocacy' && (data as { decision?: unknown } | null)?.decision === 'approve')
      await this.assertNotOwnDraft(t, user);
    if (designed) {
      // The form of the version the program runs, checked here so a bad submission never reaches the workflow.
      const errors = validateSubmission(designed.form, data);
      if (Object.keys(errors).length) throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors });
    }
    const task = await this.gateway.update(t.program!, user, `workflow.update.completeTask.${t.type}`, { taskId: id }, (h, ids) =>
      h.executeUpdate(completeTaskUpdate, {
        args: [withAuditId({ taskId: id, data, actor: roleActor(user) }, ids.auditId)],
        updateId: ids.updateId,
      }),
    );
    return { task: task as ProgramTask };
  }
}
