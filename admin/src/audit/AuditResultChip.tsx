import { KeyChip } from '../common/KeyChip';

const COLORS = { ok: 'success', rejected: 'warning', failed: 'error' } as const;

export const AuditResultChip = ({ result }: { result?: string }) => (
  <KeyChip
    value={result}
    prefix="mentorflow.audit.results"
    color={COLORS[result as keyof typeof COLORS] ?? 'default'}
    variant={result === 'ok' ? 'outlined' : 'filled'}
    data-testid="audit-result"
  />
);
