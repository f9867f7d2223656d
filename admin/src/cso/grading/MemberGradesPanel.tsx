import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { useNotify, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { askMembersToGrade, errorMessage } from '../api';
import { useMemberGrading } from './useMemberGrading';

/**
 * In the mentor's self-assessment form, above the participants: "Ask members to grade" while
 * the task is open (notifies the organisation's members), how many have graded, and "Fill
 * participants from the respondents". Without any invited member this says so and the form
 * works as before.
 */
export const MemberGradesPanel = ({ programId, year, editable }: { programId: string; year: number; editable: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { setValue, getValues } = useFormContext();
  const [asking, setAsking] = useState(false);
  const { data, error, isPending } = useMemberGrading(programId, year);
  const ask = async () => {
    setAsking(true);
    try {
      await askMembersToGrade(programId, year);
      notify('mentorflow.cso.summary.asked', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['member-grading', programId, year] });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setAsking(false);
    }
  };
  const participants = data?.participants ?? [];
  const fill = () => {
    // Keep people typed in already; add the respondents who are not listed yet.
    const current = ((getValues('participants') as { name?: string; position?: string }[] | undefined) ?? []).filter((p) =>
      p?.name?.trim(),
    );
    const known = new Set(current.map((p) => p.name!.trim().toLowerCase()));
    const added = participants.filter((p) => !known.has(p.name.trim().toLowerCase()));
    // The session still needs at least three people: keep empty rows to type the others in.
    const rows = [...current, ...added];
    while (rows.length < 3) rows.push({ name: '', position: '' });
    setValue('participants', rows, { shouldDirty: true });
    notify(added.length ? 'mentorflow.cso.summary.filled' : 'mentorflow.cso.summary.filled_none', {
      type: 'info',
      messageArgs: { smart_count: added.length },
    });
  };
  const round = data && (data.open || data.summary);
  const respondents = data?.summary?.respondents ?? 0;
  return (
    <Box sx={{ mb: 2, p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }} data-testid="member-grading-panel" data-respondents={respondents}>
      <Typography variant="subtitle2" component="h3">
        {translate('mentorflow.cso.summary.title')}
      </Typography>
      {isPending ? (
        <CircularProgress size={20} />
      ) : error ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {errorMessage(error)}
        </Alert>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" data-testid="member-grading-status">
            {!round
              ? translate('mentorflow.cso.summary.not_asked')
              : respondents === 0
                ? translate('mentorflow.cso.summary.respondents_none')
                : translate('mentorflow.cso.summary.respondents', { smart_count: respondents })}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
            {editable && !data?.open && (
              <Button
                size="small"
                variant="outlined"
                startIcon={<GroupAddIcon />}
                onClick={ask}
                disabled={asking}
                data-testid="ask-members"
              >
                {translate('mentorflow.cso.summary.ask')}
              </Button>
            )}
            {editable && participants.length > 0 && (
              <Button size="small" variant="outlined" startIcon={<PlaylistAddIcon />} onClick={fill} data-testid="fill-participants">
                {translate('mentorflow.cso.summary.fill', { smart_count: participants.length })}
              </Button>
            )}
          </Box>
        </>
      )}
    </Box>
  );
};
