import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditRecord } from './types';

/** The expanded row: identifiers and the request's details as JSON. */
export const AuditDetails = () => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const line = (label: string, value: string | null) =>
    value ? (
      <Typography variant="body2">
        <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
          {translate(label)}:
        </Box>
        <Box component="span" sx={{ fontFamily: 'monospace' }}>
          {value}
        </Box>
      </Typography>
    ) : null;
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 0.5 }} data-testid="audit-details">
      {line('resources.audit.fields.id', record.id)}
      {line('resources.audit.fields.actorId', record.actorId)}
      {line('resources.audit.fields.targetId', record.targetId)}
      {line('resources.audit.fields.workflowId', record.workflowId)}
      <Typography variant="caption" color="text.secondary" sx={{ mt: 1 }}>
        {translate('resources.audit.fields.details')}
      </Typography>
      <Box
        component="pre"
        sx={{
          m: 0,
          p: 1.5,
          bgcolor: 'action.hover',
          borderRadius: 1,
          fontSize: 12,
          overflow: 'auto',
          maxHeight: 320,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
        }}
      >
        {record.details && Object.keys(record.details).length ? JSON.stringify(record.details, null, 2) : '—'}
      </Box>
    </Box>
  );
};
