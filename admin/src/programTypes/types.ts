/**
 * The program-types API's shapes (contract of issue 10: /api/program-templates). The template
 * language itself is shared with the api and the workflow (workflows/templates/language.ts).
 */
import type { FormDef, TemplateDefinition, TemplateError, Text } from '../../../workflows/templates/language';

export type {
  Duration,
  FigureDef,
  FormComponent,
  FormDef,
  RecordDef,
  StageDef,
  StageEnd,
  TaskDef,
  TemplateDefinition,
  TemplateError,
  TemplateRole,
  Text,
  TimerDef,
} from '../../../workflows/templates/language';
export { TEMPLATE_ROLES } from '../../../workflows/templates/language';

/** A row of GET /program-templates. */
export interface ProgramTypeRow {
  id: string;
  key: string;
  name: Text;
  latestVersion: number | null;
  publishedAt: string | null;
  hasDraft: boolean;
  programCount: number;
}

export interface TemplateVersionRow {
  id: string;
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  changes: string[];
}

/** GET /program-templates/:key */
export interface ProgramTypeRecord {
  id: string;
  key: string;
  name: Text;
  draft: { definition: TemplateDefinition; updatedAt: string; updatedBy: string | null } | null;
  versions: TemplateVersionRow[];
}

/** GET /program-templates/:key/versions/:version */
export interface TemplateVersionRecord {
  id: string;
  key: string;
  version: number;
  definition: TemplateDefinition;
  changes: string[];
  publishedAt: string;
}

export interface DraftSaveResult {
  draft: { definition: TemplateDefinition; updatedAt: string };
  errors: TemplateError[];
}

/** GET /reports/templates/:key */
export interface TemplateReport {
  programsByStage: { stage: string; name: Text | string; count: number }[];
  tasks: { done: number; open: number; overdue: number };
  recordsByKind: { kind: string; name: Text | string; count: number }[];
  figures: { id: string; name: Text | string; average: number | null; n: number }[];
}

/** A row of GET /programs/:id/records */
export interface ProgramRecordRow {
  id: string;
  programId?: string;
  kind: string;
  data: Record<string, unknown>;
  addedBy?: string;
  createdBy?: string | null;
  addedByName?: string | null;
  createdAt?: string;
  addedAt?: string;
  stage?: string;
  cycle?: number;
}

/** What a template task adds to GET /tasks/:id. */
export interface TemplateTaskExtras {
  form?: FormDef;
  taskName?: Text;
}
