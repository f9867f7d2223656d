import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Link } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';

export interface HeldWorkUser {
  id: string;
  fullName: string;
  role: string;
}

/**
 * Shown when the API refuses to deactivate someone or change their role (409) because they
 * still hold running programs or open tasks: how many, and the way to reassign them first
 * (the program list filtered to their programs, where the bulk reassign is).
 */
export const HeldWorkDialog = ({ user, onClose }: { user: HeldWorkUser | null; onClose: () => void }) => {
  const translate = useTranslate();
  const enabled = !!user;
  const programFilter = user?.role === 'gender_expert' ? { genderExpertId: user.id } : { mentorId: user?.id };
  // Only the totals are read (Content-Range); the sort must be one the API accepts.
  const running = useGetList(
    'programs',
    {
      filter: { ...programFilter, status: ['active', 'paused'] },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 1 },
    },
    { enabled },
  );
  const tasks = useGetList(
    'tasks',
    { filter: { assigneeId: user?.id, status: 'open' }, sort: { field: 'dueAt', order: 'ASC' }, pagination: { page: 1, perPage: 1 } },
    { enabled },
  );
  const programsLink = `/programs?filter=${encodeURIComponent(JSON.stringify(programFilter))}`;
  return (
    <Dialog open={enabled} onClose={onClose} aria-labelledby="held-work-title" data-testid="held-work-dialog">
      <DialogTitle id="held-work-title">{translate('mentorflow.users.held_work.title', { name: user?.fullName ?? '' })}</DialogTitle>
      <DialogContent>
        <DialogContentText data-testid="held-work-counts">
          {translate('mentorflow.users.held_work.counts', {
            programs: running.total ?? '…',
            tasks: tasks.total ?? '…',
          })}
        </DialogContentText>
        <DialogContentText sx={{ mt: 1 }}>{translate('mentorflow.users.held_work.advice')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button component={Link} to={programsLink} variant="contained" startIcon={<SwapHorizIcon />} data-testid="held-work-reassign">
          {translate('mentorflow.users.held_work.reassign')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
