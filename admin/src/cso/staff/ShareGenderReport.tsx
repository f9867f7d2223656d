import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Box, Button, Typography } from '@mui/material';
import ShareIcon from '@mui/icons-material/Share';
import { useNotify, useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import type { ProgramRecord } from '../../institutional/types';
import { errorMessage, listShares, share } from '../api';

/**
 * "Share the gender report with the organisation" (the document: the report is shared with the
 * CSO). Until shared, the organisation's members do not see it.
 */
export const ShareGenderReport = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const shares = useQuery({ queryKey: ['cso-shares', program.id], queryFn: () => listShares(program.id), retry: false });
  const reports = (program.live?.tasks ?? []).filter((t) => t.type === 'gender_report' && t.status === 'completed');
  if (reports.length === 0) return null;
  const year = Math.max(...reports.map((t) => t.year));
  const shared = shares.data?.find((s) => s.document === 'gender_report' && s.year === year);
  const doShare = async () => {
    setBusy(true);
    try {
      await share(program.id, { document: 'gender_report', year });
      notify('mentorflow.cso.staff.shared_done', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['cso-shares', program.id] });
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box
      sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 1 }}
      data-testid="share-gender-report"
      data-shared={shared ? 'yes' : 'no'}
    >
      <Typography variant="body2" sx={{ flexGrow: 1 }}>
        {shared
          ? translate('mentorflow.cso.staff.shared', { year, date: formatDate(shared.sharedAt) })
          : translate('mentorflow.cso.staff.not_shared', { year })}
      </Typography>
      {!shared && (
        <Button
          size="small"
          variant="outlined"
          startIcon={<ShareIcon />}
          disabled={busy || shares.isPending}
          onClick={doShare}
          data-testid="share-gender-report-button"
        >
          {translate('mentorflow.cso.staff.share')}
        </Button>
      )}
    </Box>
  );
};
