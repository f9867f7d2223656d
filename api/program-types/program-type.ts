import type { Repository } from 'typeorm';
import type { BuiltInProgramInput } from '../../workflows/programs/contract';
import type { Checker } from '../../workflows/shared/field-errors';
import type { AuthUser } from '../auth/auth-user';
import type { Improvement } from '../improvements/improvement.entity';
import type { Organization } from '../organizations/organization.entity';
import type { ProgramConfigService } from '../program-config/program-config.service';
import type { ProgramTemplatesService } from '../program-templates/program-templates.service';
import type { CreateProgramDto } from '../programs/program.dto';
import type { Program } from '../programs/program.entity';
import type { Task } from '../tasks/task.entity';

/**
 * What the api knows of one program type (issue 10, part 1): how it starts, what its task forms
 * get beside them, which controls apply, how its configuration is checked and where its report
 * is. One entry per built-in type (api/program-types/*.type.ts) plus one for every designed
 * type (template.type.ts); every field is required, so the compiler lists what a new entry fills.
 */
export interface ApiProgramType {
  /** Whether a start names a gender expert: always, never, or as the designed type says. */
  genderExpert: 'required' | 'none' | 'template';
  /** What to start: the workflow, its input and the read-model row's first values. */
  starter(req: StartRequest, deps: StartDeps): Promise<Starter>;
  /** Shown read-only beside a task's form (what it builds on) in GET /tasks/:id. */
  taskContext(t: Task, deps: TaskContextDeps): Promise<unknown>;
  /** Which tasks a gender expert sees in programs of this type: by task type, or those assigned to her. */
  genderExpertTasks: GenderExpertTasks | 'assigned';
  signals: SignalRules;
  /** The configuration page's rules; null for designed types (their version is their configuration). */
  config: ConfigRules | null;
  /** The report's route under /api. */
  report: (key: string) => string;
}

export interface StartRequest {
  dto: CreateProgramDto;
  org: Organization;
  user: AuthUser;
  startDate: string;
}

export interface StartDeps {
  configs: ProgramConfigService;
  templates: ProgramTemplatesService;
  historyEventLimit: number | undefined;
}

/** What a built-in workflow's input starts with: the program, its organisation and people, who started it and when. */
export const builtInInput = ({ dto, org, user, startDate }: StartRequest, deps: StartDeps, programId: string): BuiltInProgramInput => ({
  programId,
  organizationId: org.id,
  organizationName: org.name,
  mentorId: dto.mentorId,
  managerId: user.id,
  startedBy: { id: user.id, email: user.email },
  startDate,
  historyEventLimit: deps.historyEventLimit,
});

export interface Starter {
  /** Stored on the program row (programs.config, config_version). */
  config: object & { version: number };
  years: number;
  firstStage: string;
  workflowType: string;
  workflowId(programId: string): string;
  input(programId: string): unknown;
  genderExpertId: string | null;
  /** Designed types: the published version the program runs for its whole life. */
  templateVersionId: string | null;
  /** Advocacy: the mentor limit checked (under the mentor's lock) in the start's transaction. */
  mentorLimit: number | null;
  /** Written to the audit row of the start. */
  auditDetails: Record<string, unknown>;
}

export interface TaskContextDeps {
  tasks: Repository<Task>;
  improvements: Repository<Improvement>;
  liveState(p: Program): Promise<unknown>;
  templates: ProgramTemplatesService;
}

export interface GenderExpertTasks {
  /** Task types a gender expert works on. */
  works: string[];
  /** Task types a gender expert reads once completed (what her own tasks build on). */
  readsCompleted: string[];
}

export interface SignalRules {
  /** The stage in which a manager may close the year early; null: no year to close. */
  closeYear: { stage: string } | null;
  /** A manager may end the current stage (designed types' `manager_close`). */
  closeStage: boolean;
  /** Reassigning the mentor checks and reserves the new mentor's limit of CSOs. */
  mentorLimit: boolean;
  /** Whether a gender expert can be reassigned (the type has one). */
  genderExpert: boolean;
}

export interface ConfigRules {
  /** The model (elements, principles, grade scale, study types) is editable. */
  model: boolean;
  /** The mentor limit is editable. */
  mentorLimit: boolean;
  /** Cross-checks of the merged durations (each error names one field). */
  durationRelations(c: Checker, durations: Record<string, number>, changed: ReadonlySet<string>): void;
}

/** A built-in type's entry: it has a configuration page. */
export type BuiltInProgramType = ApiProgramType & { config: ConfigRules };
