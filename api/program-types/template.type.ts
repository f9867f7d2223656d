import { BadRequestException } from '@nestjs/common';
import type { RecordDef, StageDef, TaskDef, TemplateDefinition } from '../../workflows/templates/language';
import { TEMPLATE_WORKFLOW, type TemplateProgramInput } from '../../workflows/templates/contract';
import type { ProgramTemplatesService } from '../program-templates/program-templates.service';
import type { Program } from '../programs/program.entity';
import type { ApiProgramType } from './program-type';

/** Workflow ids of designed types' programs (the key is in the program row and the search attributes). */
export const templateWorkflowId = (programId: string) => `template-program-${programId}`;

/** What a template program stores as its configuration: the version it runs. */
export interface TemplateProgramConfig {
  version: number;
  templateKey: string;
  templateVersionId: string;
}

const invalid = (field: string, message: string) =>
  new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { [field]: message } });

/** Every designed type (program_templates): the latest published version starts; the program keeps it. */
export const TEMPLATE_TYPE: ApiProgramType = {
  genderExpert: 'template',
  async starter({ dto, org, user, startDate }, deps) {
    const v = await deps.templates.latest(dto.type);
    if (!v) throw invalid('type', `${dto.type} has no published version yet; publish it first`);
    const def = v.compiled.definition;
    if (def.genderExpert && !dto.genderExpertId)
      throw invalid('genderExpertId', `genderExpertId is required: ${dto.type} programs have a gender expert`);
    if (!def.genderExpert && dto.genderExpertId) throw invalid('genderExpertId', `${dto.type} programs have no gender expert`);
    const config: TemplateProgramConfig = { version: v.version, templateKey: v.templateKey, templateVersionId: v.id };
    return {
      config,
      years: def.cycles.count,
      firstStage: def.stages[0].id,
      workflowType: TEMPLATE_WORKFLOW,
      workflowId: templateWorkflowId,
      genderExpertId: def.genderExpert ? dto.genderExpertId! : null,
      templateVersionId: v.id,
      mentorLimit: null,
      auditDetails: { templateKey: v.templateKey, templateVersion: v.version, templateVersionId: v.id },
      input: (programId: string): TemplateProgramInput => ({
        programId,
        organizationId: org.id,
        mentorId: dto.mentorId,
        genderExpertId: def.genderExpert ? dto.genderExpertId! : null,
        managerId: user.id,
        startDate,
        typeKey: v.templateKey,
        templateVersionId: v.id,
        template: v.compiled,
        historyEventLimit: deps.historyEventLimit,
      }),
    };
  },
  async taskContext(t, { tasks, templates }) {
    const program = t.program!;
    const def = await programDefinition(program, templates);
    const stage = def && findTask(def, t.type)?.stage;
    // What the cycle's completed tasks hold (FEEL conditions and the page read the same).
    const done = await tasks.find({ where: { programId: t.programId, year: t.year, status: 'completed' }, order: { completedAt: 'ASC' } });
    return {
      template: templateRef(program),
      stage: stage ? { id: stage.id, name: stage.name } : null,
      completedTasks: done.map((d) => ({ id: d.id, type: d.type, completedAt: d.completedAt, data: d.data })),
    };
  },
  genderExpertTasks: 'assigned',
  signals: { closeYear: null, closeStage: true, mentorLimit: false, genderExpert: true },
  config: null,
  report: (key) => `/reports/templates/${key}`,
};

/** {key, version, versionId} of a template program (GET /programs/:id). */
export function templateRef(p: Program): { key: string; version: number; versionId: string } | null {
  if (!p.templateVersionId) return null;
  return { key: p.type, version: p.configVersion, versionId: p.templateVersionId };
}

/** The compiled definition a template program runs (null for built-in programs). */
export async function programDefinition(p: Program, templates: ProgramTemplatesService): Promise<TemplateDefinition | null> {
  if (!p.templateVersionId) return null;
  return (await templates.byId(p.templateVersionId))?.compiled.definition ?? null;
}

export function findTask(def: TemplateDefinition, taskId: string): { stage: StageDef; task: TaskDef } | null {
  for (const stage of def.stages) {
    const task = stage.tasks.find((x) => x.id === taskId);
    if (task) return { stage, task };
  }
  return null;
}

/** A record kind and the stages that allow it (the same id may be allowed by several stages). */
export function findRecord(def: TemplateDefinition, kind: string): { record: RecordDef; stages: StageDef[] } | null {
  const stages = def.stages.filter((s) => s.records.some((r) => r.id === kind));
  if (!stages.length) return null;
  return { record: stages[0].records.find((r) => r.id === kind)!, stages };
}
