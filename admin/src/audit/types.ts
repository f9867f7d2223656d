export type AuditResult = 'ok' | 'rejected' | 'failed';

/** GET /api/audit: who did what, when, to what, and how it went. */
export interface AuditRecord {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  workflowId: string | null;
  result: AuditResult;
  details: Record<string, unknown> | null;
}
