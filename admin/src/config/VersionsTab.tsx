import { Box, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetMany, useTranslate } from 'react-admin';
import { useFormatDate } from '../common/useFormatDate';
import type { ConfigType } from './types';
import { useConfigVersions } from './useConfig';

const History = ({ type }: { type: ConfigType }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { data = [], isPending } = useConfigVersions(type);
  const authorIds = [...new Set(data.map((v) => v.createdBy).filter((id): id is string => !!id))];
  const { data: authors = [] } = useGetMany<{ id: string; fullName: string; email: string }>(
    'users',
    { ids: authorIds },
    { enabled: authorIds.length > 0 },
  );
  const author = (id: string | null) => {
    const user = authors.find((a) => a.id === id);
    return user ? user.fullName : (id ?? '—');
  };
  return (
    <Box sx={{ mb: 3 }} data-testid={`config-versions-${type}`}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }} gutterBottom>
        {translate(`mentorflow.program_types.${type}`)}
      </Typography>
      {isPending ? (
        <LinearProgress />
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('mentorflow.config.versions.version')}</TableCell>
              <TableCell>{translate('mentorflow.config.versions.saved_at')}</TableCell>
              <TableCell>{translate('mentorflow.config.versions.saved_by')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((version, i) => (
              <TableRow key={version.version} data-testid="config-version-row">
                <TableCell>
                  v{version.version}{' '}
                  {i === 0 && <Chip size="small" color="primary" label={translate('mentorflow.config.versions.current')} />}
                </TableCell>
                <TableCell>{formatDate(version.createdAt, 'dateTime')}</TableCell>
                <TableCell>{author(version.createdBy)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>
                v1 {data.length === 0 && <Chip size="small" color="primary" label={translate('mentorflow.config.versions.current')} />}
              </TableCell>
              <TableCell colSpan={2}>
                <Typography variant="body2" color="text.secondary">
                  {translate('mentorflow.config.versions.defaults')}
                </Typography>
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

/** Who saved which version when, for both programs. */
export const VersionsTab = () => (
  <Box sx={{ pt: 2, maxWidth: 900 }}>
    <History type="institutional" />
    <History type="advocacy" />
  </Box>
);
