import { Alert, Box, Link as MuiLink, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { StepTable } from './StepTable';
import type { ImportResult } from './types';

/** What the import did: the rows refused with their reasons first, then the ones created. */
export const ImportResultView = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  const field = (name: string) => translate(`resources.organizations.fields.${name}`, { _: name });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="import-result">
      <Alert severity={result.created.length ? 'success' : 'info'} data-testid="import-created-count">
        {translate('mentorflow.import.created', { smart_count: result.created.length })}
      </Alert>
      {result.rejected.length > 0 && (
        <>
          <Alert severity="warning" data-testid="import-rejected-count">
            {translate('mentorflow.import.rejected', { smart_count: result.rejected.length })}
          </Alert>
          <StepTable
            columns={[
              { label: translate('mentorflow.import.row') },
              { label: field('name') },
              { label: translate('mentorflow.import.reasons') },
            ]}
            testId="import-rejected"
          >
            {result.rejected.map((row) => (
              <TableRow key={row.row} data-testid="import-rejected-row" data-row={row.row}>
                <TableCell>{row.row}</TableCell>
                <TableCell>{row.name ?? '—'}</TableCell>
                <TableCell>
                  {Object.entries(row.errors).map(([name, message]) => (
                    <Typography key={name} variant="body2" color="error" data-field={name}>
                      <strong>{field(name)}</strong>: {message}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </StepTable>
        </>
      )}
      {result.created.length > 0 && (
        <StepTable columns={[{ label: translate('mentorflow.import.row') }, { label: field('name') }]} testId="import-created">
          {result.created.map((row) => (
            <TableRow key={row.id} data-testid="import-created-row">
              <TableCell>{row.row}</TableCell>
              <TableCell>
                <MuiLink component={Link} to={`/organizations/${row.id}/show`}>
                  {row.name}
                </MuiLink>
              </TableCell>
            </TableRow>
          ))}
        </StepTable>
      )}
    </Box>
  );
};
