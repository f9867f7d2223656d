import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useLocale, useTranslate } from 'react-admin';
import { DialogButtons } from '../common/dialogs/DialogButtons';
import { useFormatDate } from '../common/useFormatDate';
import { invite } from './api';
import type { CreatedInvitation } from './types';
import { useCheckedSubmit } from './useCheckedSubmit';

type Fields = 'email' | 'fullName' | 'language';
const EMAIL = /^\S+@\S+\.\S+$/;

/** The field errors of a 400/409 ({errors: {email: '...'}}), or the message for the whole form. */
const readErrors = (error: unknown): { fields: Partial<Record<Fields, string>>; message?: string } => {
  const body = (error as { body?: { message?: string; errors?: Record<string, string> } })?.body;
  const fields: Partial<Record<Fields, string>> = {};
  for (const [path, message] of Object.entries(body?.errors ?? {})) {
    if (path === 'email' || path === 'fullName' || path === 'language') fields[path] = message;
  }
  const unplaced = Object.keys(fields).length === 0;
  return { fields, message: unplaced ? (body?.message ?? (error as Error)?.message) : undefined };
};

/** The answer: "sent" when the API queued the e-mail, else the link to pass on (once only). */
const Created = ({ invitation }: { invitation: CreatedInvitation }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setCopied(true);
    } catch {
      // No clipboard (plain http, old browser): the field is selected for a manual copy.
      (document.getElementById('invitation-link') as HTMLInputElement | null)?.select();
    }
  };
  if (invitation.emailed) {
    return (
      <Alert severity="success" data-testid="invitation-sent">
        {translate('mentorflow.cso.invite.sent', { email: invitation.email, date: formatDate(invitation.expiresAt, 'dateTime') })}
      </Alert>
    );
  }
  return (
    <Box data-testid="invitation-created">
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('mentorflow.cso.invite.no_mail', { date: formatDate(invitation.expiresAt, 'dateTime') })}
      </Alert>
      <TextField
        id="invitation-link"
        fullWidth
        size="small"
        label={translate('mentorflow.cso.invite.link')}
        value={invitation.link}
        slotProps={{ input: { readOnly: true } }}
        onFocus={(e) => e.target.select()}
        data-testid="invitation-link"
      />
      <Button startIcon={<ContentCopyIcon />} onClick={copy} sx={{ mt: 1 }} data-testid="invitation-copy">
        {translate(copied ? 'mentorflow.cso.invite.copied' : 'mentorflow.cso.invite.copy')}
      </Button>
    </Box>
  );
};

/**
 * "Invite a member" (mentor of the organisation's program, program manager, admin): e-mail,
 * name and language of the invitation. Errors from the API (409: that e-mail already has an
 * account) are put on their field.
 */
export const InviteMemberDialog = ({
  organizationId,
  open,
  onClose,
  onInvited,
}: {
  organizationId: string;
  open: boolean;
  onClose: () => void;
  onInvited: () => void;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const [values, setValues] = useState({ email: '', fullName: '', language: locale === 'tr' ? 'tr' : 'en' });
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const local: Partial<Record<Fields, string>> = {
    email: !values.email.trim()
      ? translate('ra.validation.required')
      : !EMAIL.test(values.email.trim())
        ? translate('ra.validation.email')
        : undefined,
    fullName: !values.fullName.trim() ? translate('ra.validation.required') : undefined,
  };
  const {
    submit,
    submitted,
    busy,
    failure: server,
    reset,
  } = useCheckedSubmit(
    !!(local.email || local.fullName),
    async () => {
      setCreated(
        await invite(organizationId, {
          email: values.email.trim(),
          fullName: values.fullName.trim(),
          language: values.language as 'en' | 'tr',
        }),
      );
      onInvited();
    },
    readErrors,
  );
  const errorOf = (field: Fields) => (submitted ? local[field] : undefined) ?? server?.fields[field];

  const close = () => {
    setValues({ email: '', fullName: '', language: values.language });
    reset();
    setCreated(null);
    onClose();
  };
  const field = (name: 'email' | 'fullName') => ({
    name,
    fullWidth: true,
    margin: 'dense' as const,
    size: 'small' as const,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
    error: !!errorOf(name),
    helperText: errorOf(name) ?? ' ',
  });
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" data-testid="invite-dialog">
      <DialogTitle>{translate('mentorflow.cso.invite.title')}</DialogTitle>
      {created ? (
        <>
          <DialogContent>
            <Created invitation={created} />
          </DialogContent>
          <DialogActions>
            <Button onClick={close} data-testid="invite-done">
              {translate('ra.action.close')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <DialogContent sx={{ pt: 0 }}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('mentorflow.cso.invite.help')}
            </Typography>
            <TextField {...field('fullName')} label={`${translate('mentorflow.cso.invite.full_name')} *`} autoComplete="off" />
            <TextField {...field('email')} type="email" label={`${translate('ra.auth.email')} *`} autoComplete="off" />
            <TextField
              select
              name="language"
              fullWidth
              margin="dense"
              size="small"
              label={translate('mentorflow.cso.invite.language')}
              value={values.language}
              onChange={(e) => setValues((v) => ({ ...v, language: e.target.value }))}
              helperText={server?.fields.language ?? translate('mentorflow.cso.invite.language_help')}
              error={!!server?.fields.language}
            >
              <MenuItem value="en">English</MenuItem>
              <MenuItem value="tr">Türkçe</MenuItem>
            </TextField>
            {server?.message && (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="invite-error">
                {server.message}
              </Alert>
            )}
          </DialogContent>
          <DialogButtons busy={busy} onCancel={close} confirm={{ label: 'mentorflow.cso.invite.submit', testId: 'invite-submit' }} />
        </form>
      )}
    </Dialog>
  );
};
