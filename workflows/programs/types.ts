/** Plain data types shared by both programs (no SDK imports: the console uses them too). */
export const PROGRAM_STATUSES = ['active', 'paused', 'withdrawn', 'completed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const PROGRAM_TYPES = ['institutional', 'advocacy'] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

export type TaskStatus = 'open' | 'completed' | 'cancelled';

/** What is scheduled next for a program, soonest first (the query's `upcoming`). */
export interface Upcoming {
  at: string;
  kind: 'task_due' | 'mid_year_review' | 'no_contact_reminder' | 'year_end' | 'checkin' | 'implementation_end' | 'template_timer';
  taskId?: string;
  taskType?: string;
  /** template_timer: which timer of the current stage, and what it does when it fires. */
  timerId?: string;
  action?: 'open_task' | 'remind' | 'end_stage';
}
