import { Box, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CsvPreview } from './csvPreview';
import { StepTable } from './StepTable';

/** The file's header and first rows, as read in the browser. */
export const CsvPreviewTable = ({ preview }: { preview: CsvPreview }) => {
  const translate = useTranslate();
  return (
    <Box data-testid="import-preview" data-total={preview.total}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('mentorflow.import.preview', {
          shown: preview.rows.length,
          smart_count: preview.total,
        })}
      </Typography>
      <StepTable
        maxHeight={260}
        columns={[
          { label: '#', sx: { color: 'text.secondary' } },
          ...preview.header.map((column) => ({ label: column, sx: { fontWeight: 600, whiteSpace: 'nowrap' } })),
        ]}
      >
        {preview.rows.map((row, r) => (
          <TableRow key={r} data-testid="import-preview-row">
            <TableCell sx={{ color: 'text.secondary' }}>{r + 2}</TableCell>
            {preview.header.map((_, c) => (
              <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>
                {row[c] ?? ''}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </StepTable>
    </Box>
  );
};
