import type {
    ContactMode,
    ElementSlug,
    InstitutionalConfig,
    InstitutionalStage,
    InstitutionalTaskType,
    PlanItemInput,
    PlanItemStatus,
    PrincipleSlug,
    TaskData,
} from './domain';

/**
 * API response shapes. They mirror workflows/institutional/contract.ts, which can't be
 * imported here (it depends on @temporalio/workflow); keep both in step.
 */
export type ProgramStatus = 'active' | 'paused' | 'withdrawn' | 'completed';
export type TaskStatus = 'open' | 'completed' | 'cancelled';

export interface Grades {
    elements: Record<ElementSlug, number>;
    principles: Record<PrincipleSlug, number>;
}

export interface YearResult {
    year: number;
    selfAssessment: Grades | null;
    reEvaluation: Grades | null;
    planned: number;
    done: number;
    dropped: number;
    implementationRate: number | null;
    closedAt: string;
}

interface BeforeAfter {
    before: number | null;
    after: number | null;
}

export interface Comparison {
    elements: Record<ElementSlug, BeforeAfter>;
    principles: Record<PrincipleSlug, BeforeAfter>;
}

export interface HistoryEntry {
    at: string;
    year: number;
    step: string;
    by: string | null;
}

export interface ProgramTask {
    id: string;
    type: InstitutionalTaskType;
    year: number;
    assigneeId: string;
    status: TaskStatus;
    openedAt: string;
    dueAt: string;
    overdue: boolean;
    completedAt: string | null;
    completedBy: string | null;
    cancelledReason: string | null;
    data: TaskData | null;
}

export interface PlanItem extends PlanItemInput {
    id: string;
    year: number;
    position: number;
    status: PlanItemStatus;
    reason: string | null;
    updatedAt: string;
}

/** GET /api/programs/:id `live`: the workflow's state query (null when Temporal is unreachable). */
export interface InstitutionalSnapshot {
    programId: string;
    workflowId: string;
    status: ProgramStatus;
    stage: InstitutionalStage;
    year: number;
    years: number;
    startDate: string;
    yearStartedAt: string;
    yearEndsAt: string | null;
    pausedAt: string | null;
    withdrawnReason: string | null;
    tasks: ProgramTask[];
    planItems: PlanItem[];
    visitCount: number;
    lastContactAt: string | null;
    yearResults: YearResult[];
    history: HistoryEntry[];
    comparison: Comparison | null;
}

export interface ProgramRecord {
    id: string;
    workflowId: string;
    type: 'institutional';
    organizationId: string;
    organizationName: string;
    mentorId: string;
    mentorName: string;
    genderExpertId: string | null;
    genderExpertName: string | null;
    managerId: string;
    status: ProgramStatus;
    stage: InstitutionalStage;
    year: number;
    years: number;
    startDate: string;
    configVersion: number;
    openTaskCount: number;
    overdueTaskCount: number;
    visitCount: number;
    lastContactAt: string | null;
    planDone: number;
    planTotal: number;
    yearResults: YearResult[];
    comparison: Comparison | null;
    withdrawnReason: string | null;
    createdAt: string;
    updatedAt: string;
    temporalUiUrl?: string | null;
    /** Only on GET /api/programs/:id. */
    live?: InstitutionalSnapshot | null;
    config?: InstitutionalConfig;
}

export interface TaskRecord {
    id: string;
    programId: string;
    workflowId: string;
    organizationId: string;
    organizationName: string;
    type: InstitutionalTaskType;
    year: number;
    assigneeId: string;
    assigneeName: string;
    status: TaskStatus;
    openedAt: string;
    dueAt: string;
    overdue: boolean;
    completedAt: string | null;
    completedBy: string | null;
    cancelledReason?: string | null;
    data: TaskData | null;
    /** Only on GET /api/tasks/:id. */
    context?: TaskContext;
}

export interface TaskContext {
    config: InstitutionalConfig;
    /** For a re-evaluation: this year's self-assessment grades. */
    previousGrades: Grades | null;
    /** For an improvement plan: the gender report asked for a gender mainstreaming item. */
    genderPlanRequired?: boolean;
    /** For a gender plan review: the plan under review. */
    planItems?: PlanItem[];
}

export interface VisitRecord {
    id: string;
    programId: string;
    organizationId: string;
    organizationName?: string;
    mentorId: string;
    year: number;
    date: string;
    mode: ContactMode;
    durationMinutes: number;
    notes: string;
    planItemIds: string[];
    createdAt: string;
}

export interface ImprovementRecord extends PlanItem {
    programId: string;
    organizationName: string;
}

export interface NotificationRecord {
    id: string;
    type: string;
    message: string;
    programId: string | null;
    taskId: string | null;
    createdAt: string;
    readAt: string | null;
}

export type ProgramSignal = 'pause' | 'resume' | 'withdraw' | 'reassign' | 'close-year';
