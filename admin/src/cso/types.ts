/** Response shapes of the CSO members' endpoints (see /work/briefs/issue12-contract.md, issue 12). */

export interface Invitation {
  id: string;
  email: string;
  fullName: string;
  status: 'pending' | 'accepted' | 'expired' | 'revoked';
  expiresAt: string;
  invitedBy?: { id: string; fullName: string } | null;
  acceptedAt?: string | null;
}

/** POST /organizations/:id/invitations: `link` is only in this answer (the token is hashed at rest). */
export interface CreatedInvitation extends Invitation {
  link: string;
  emailed: boolean;
}

export interface Member {
  id: string;
  fullName: string;
  email: string;
  isActive: boolean;
}

/** GET /invitations/:token (public). */
export interface InvitationPreview {
  email: string;
  fullName: string;
  organizationName: string;
  expiresAt: string;
}

export interface ElementGradeInput {
  grade: number | null;
  strengths: string;
  improvementAreas: string;
}

export interface MemberGradingInput {
  year: number;
  position: string;
  elements: Record<string, ElementGradeInput>;
  principles: Record<string, number | null>;
}

export interface MemberGrade {
  memberName: string;
  grade: number;
  strengths: string;
  improvementAreas: string;
}

export interface GradeStats {
  n: number;
  min: number | null;
  median: number | null;
  max: number | null;
}

export interface MemberGradingSummary {
  respondents: number;
  elements: Record<string, GradeStats & { grades: MemberGrade[] }>;
  principles: Record<string, GradeStats>;
}

/** GET /programs/:id/member-grading?year= (a member gets `open` and `mine` only). */
export interface MemberGradingState {
  year: number;
  open: boolean;
  mine: (MemberGradingInput & { updatedAt?: string }) | null;
  summary?: MemberGradingSummary;
  participants?: { name: string; position: string }[];
}

export interface UpcomingItem {
  kind: 'visit' | 'task' | 'event' | 'timer';
  date: string;
  /** An event's topic; for tasks and timers an English name (the console names them itself). */
  title: string;
  taskType?: string;
}

export interface ProgressReport {
  id: string;
  note: string;
  percent: number | null;
  author?: { id: string; fullName: string; role?: string } | null;
  createdAt: string;
}

export interface Feedback {
  id: string;
  about: 'visit' | 'year';
  visitId: string | null;
  year: number;
  rating: number;
  comment: string | null;
  author?: { id: string; fullName: string } | null;
  createdAt: string;
  updatedAt?: string;
}

export interface SatisfactionRow {
  n: number;
  average: number | null;
}

export interface SatisfactionReport {
  byMentor: (SatisfactionRow & { mentorId: string; mentorName: string })[];
  byProgram: (SatisfactionRow & { programId: string; organizationName: string })[];
  overall: SatisfactionRow;
}

export interface Share {
  document: 'gender_report' | 'self_assessment_report';
  year: number;
  sharedAt?: string;
  sharedBy?: { id: string; fullName: string } | null;
}
