/** GET /api/dashboard, one shape per role. */
export type StageCounts = Record<string, number>;

/** A designed type's task name (en/tr); built-in types' tasks are named by their type. */
type TaskName = { en: string; tr: string };

export interface OverdueTaskItem {
  id: string;
  type: string;
  taskName?: TaskName;
  dueAt: string;
  programId: string;
  organizationName: string;
  assigneeName: string;
}

export interface MentorVisits {
  mentorId: string;
  mentorName: string;
  visits: number;
}

export interface WithoutContactItem {
  programId: string;
  organizationName: string;
  mentorName: string;
  lastContactAt: string | null;
}

export interface ManagerDashboardData {
  role: 'admin' | 'program_manager';
  /** By program type: the built-in ones and each designed type's key. */
  programsByStage: { institutional?: StageCounts; advocacy?: StageCounts } & Record<string, StageCounts | undefined>;
  overdueTasks: { count: number; items: OverdueTaskItem[] };
  visitsPerMentorThisMonth: MentorVisits[];
  withoutContact: WithoutContactItem[];
}

export interface PortfolioItem {
  id: string;
  type: 'institutional' | 'advocacy';
  stage: string;
  /** A designed type's current stage by its name in the program's version (null for built-in types). */
  stageName?: { en: string; tr: string } | null;
  status: string;
  year: number;
  years: number;
  overdueTaskCount: number;
  lastContactAt: string | null;
  organizationName: string;
  /** Due date of its earliest open task. */
  nextDueAt: string | null;
}

export interface DueTaskItem {
  id: string;
  type: string;
  taskName?: TaskName;
  year: number;
  dueAt: string;
  overdue: boolean;
  programId: string;
  organizationName: string;
}

export interface MentorDashboardData {
  role: 'mentor';
  portfolio: PortfolioItem[];
  dueTasks: DueTaskItem[];
}

export interface GenderExpertDashboardData {
  role: 'gender_expert';
  reportsToWrite: DueTaskItem[];
  reviewsDue: DueTaskItem[];
  /** Her open tasks of designed program types (issue 10). */
  templateTasks?: DueTaskItem[];
}

export type DashboardData = ManagerDashboardData | MentorDashboardData | GenderExpertDashboardData;
