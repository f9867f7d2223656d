import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useNotify, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../auth/roles';
import { useFormatDate } from '../common/useFormatDate';
import { errorMessage, listInvitations, listMembers, revokeInvitation } from './api';
import { InviteMemberDialog } from './InviteMemberDialog';
import type { Invitation } from './types';

/** Who may invite (the API decides for mentors: only those with a program of the organisation). */
export const mayInvite = (role: Role | undefined) => role === 'admin' || role === 'program_manager' || role === 'mentor';

const STATUS_COLOR = { pending: 'info', accepted: 'success', expired: 'default', revoked: 'default' } as const;

/** Asks before revoking: the link stops working at once. */
const RevokeButton = ({ organizationId, invitation, onDone }: { organizationId: string; invitation: Invitation; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    setBusy(true);
    try {
      await revokeInvitation(organizationId, invitation.id);
      notify('mentorflow.cso.members.revoked', { type: 'info', messageArgs: { email: invitation.email } });
      onDone();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button size="small" color="error" onClick={() => setOpen(true)} data-testid="invitation-revoke">
        {translate('mentorflow.cso.members.revoke')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('mentorflow.cso.members.revoke_title', { email: invitation.email })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('mentorflow.cso.members.revoke_help')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button color="error" variant="contained" disabled={busy} onClick={revoke} data-testid="invitation-revoke-confirm">
            {translate('mentorflow.cso.members.revoke')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/**
 * The organisation's CSO members and invitations, with "Invite a member" (organisation page and
 * program page). Shown to those who may invite; a 403 (a mentor of another CSO) hides nothing
 * silently: it says so.
 */
export const MembersPanel = ({ organizationId }: { organizationId: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { permissions } = usePermissions<Role>();
  const queryClient = useQueryClient();
  const [inviting, setInviting] = useState(false);
  const enabled = mayInvite(permissions) && !!organizationId;
  const members = useQuery({ queryKey: ['cso-members', organizationId], queryFn: () => listMembers(organizationId), enabled });
  const invitations = useQuery({ queryKey: ['cso-invitations', organizationId], queryFn: () => listInvitations(organizationId), enabled });
  if (!enabled) return null;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['cso-members', organizationId] });
    void queryClient.invalidateQueries({ queryKey: ['cso-invitations', organizationId] });
  };
  const open = (invitations.data ?? []).filter((i) => i.status !== 'accepted');
  const error = members.error ?? invitations.error;
  return (
    <Card variant="outlined" data-testid="members-panel">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
            {translate('mentorflow.cso.members.title')}
          </Typography>
          <Button
            size="small"
            variant="outlined"
            startIcon={<PersonAddIcon />}
            onClick={() => setInviting(true)}
            data-testid="invite-member"
          >
            {translate('mentorflow.cso.invite.button')}
          </Button>
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate('mentorflow.cso.members.help')}
        </Typography>
        {error ? (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {errorMessage(error)}
          </Alert>
        ) : (
          <List dense data-testid="members-list">
            {(members.data ?? []).map((m) => (
              <ListItem key={m.id} disableGutters data-testid="member-row">
                <ListItemText primary={m.fullName} secondary={m.email} />
                {!m.isActive && <Chip size="small" label={translate('mentorflow.cso.members.inactive')} />}
              </ListItem>
            ))}
            {open.map((i) => (
              <ListItem key={i.id} disableGutters data-testid="invitation-row" data-status={i.status} sx={{ flexWrap: 'wrap' }}>
                <ListItemText
                  primary={`${i.fullName} · ${i.email}`}
                  secondary={translate(`mentorflow.cso.members.status_${i.status}`, { date: formatDate(i.expiresAt, 'dateTime') })}
                />
                <Chip
                  size="small"
                  color={STATUS_COLOR[i.status]}
                  label={translate(`mentorflow.cso.members.chip_${i.status}`)}
                  sx={{ mr: 1 }}
                />
                {i.status === 'pending' && <RevokeButton organizationId={organizationId} invitation={i} onDone={refresh} />}
              </ListItem>
            ))}
            {!members.isPending && !invitations.isPending && (members.data ?? []).length === 0 && open.length === 0 && (
              <ListItem disableGutters>
                <ListItemText secondary={translate('mentorflow.cso.members.none')} />
              </ListItem>
            )}
          </List>
        )}
      </CardContent>
      <InviteMemberDialog organizationId={organizationId} open={inviting} onClose={() => setInviting(false)} onInvited={refresh} />
    </Card>
  );
};
