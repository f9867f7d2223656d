import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLORS = { ok: 'success', rejected: 'warning', failed: 'error' } as const;

export const AuditResultChip = ({ result }: { result?: string }) => {
  const translate = useTranslate();
  if (!result) return null;
  return (
    <Chip
      size="small"
      color={COLORS[result as keyof typeof COLORS] ?? 'default'}
      variant={result === 'ok' ? 'outlined' : 'filled'}
      label={translate(`mentorflow.audit.results.${result}`, { _: result })}
      data-testid="audit-result"
    />
  );
};
