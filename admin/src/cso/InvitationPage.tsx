import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, AlertTitle, Avatar, Box, Button, Card, CardContent, CircularProgress, Link, TextField, Typography } from '@mui/material';
import HandshakeIcon from '@mui/icons-material/Handshake';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { saveSession, type SessionUser } from '../auth/session';
import { acceptInvitation, errorMessage, getInvitation, statusOf } from './api';
import { useFormatDate } from '../common/useFormatDate';

// The same rule as the API's users (README: "Passwords have at least 12 characters").
const MIN_PASSWORD = 12;

/** The API says which (used, expired, revoked) in English; the console says it in its language. */
const goneReason = (error: unknown, translate: (key: string, options?: object) => string) => {
  const message = errorMessage(error);
  const reason = /used/i.test(message) ? 'used' : /expired/i.test(message) ? 'expired' : /revoked/i.test(message) ? 'revoked' : null;
  return reason ? translate(`mentorflow.cso.invitation.reason_${reason}`) : message;
};

/** 404: no such link; 410: expired, used or revoked (the API's message says which). */
const LinkProblem = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  const status = statusOf(error);
  const key = status === 410 ? 'gone' : status === 404 ? 'unknown' : 'failed';
  return (
    <Alert severity={status === 410 || status === 404 ? 'warning' : 'error'} data-testid={`invitation-${key}`}>
      <AlertTitle>{translate(`mentorflow.cso.invitation.${key}_title`)}</AlertTitle>
      {status === 410 && (
        <Typography variant="body2" data-testid="invitation-reason">
          {goneReason(error, translate)}
        </Typography>
      )}
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {translate(`mentorflow.cso.invitation.${key}_help`)}
      </Typography>
      <Link href="#/login" sx={{ display: 'inline-block', mt: 1 }}>
        {translate('mentorflow.cso.invitation.to_login')}
      </Link>
    </Alert>
  );
};

/** A required new password input: its error once tried, else its help. */
const NewPasswordField = ({
  name,
  label,
  value,
  onChange,
  error,
  help,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  help: string;
}) => (
  <TextField
    fullWidth
    margin="dense"
    size="small"
    name={name}
    type="password"
    autoComplete="new-password"
    label={`${label} *`}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    error={!!error}
    helperText={error ?? help}
  />
);

/**
 * `#/invitation/:token`, outside the layout and before any sign-in: the invited person sees
 * their organisation and e-mail, chooses a password and is signed in at once (the accept call
 * answers like POST /auth/login). The link works once.
 */
export const InvitationPage = () => {
  const { token = '' } = useParams();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const preview = useQuery({ queryKey: ['invitation', token], queryFn: () => getInvitation(token), retry: false });
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const passwordError =
    password.length === 0
      ? 'ra.validation.required'
      : password.length < MIN_PASSWORD
        ? 'mentorflow.cso.invitation.password_short'
        : undefined;
  const confirmError = confirm !== password ? 'mentorflow.cso.invitation.password_mismatch' : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (passwordError || confirmError) return;
    setSubmitting(true);
    setFailure(null);
    try {
      const session = await acceptInvitation(token, password);
      saveSession(session.accessToken, session.user as SessionUser);
      // A fresh load of the console (the URL without the invitation's fragment), so it reads
      // the new session (role, menu) from storage. Changing only the hash would first route
      // to a page react-admin still thinks is signed out, and its logout would clear the session.
      window.location.assign(`${window.location.pathname}${window.location.search}`);
    } catch (error) {
      setFailure(error);
      setSubmitting(false);
    }
  };

  const gone = failure && (statusOf(failure) === 410 || statusOf(failure) === 404);
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        px: 2,
        background: 'linear-gradient(160deg, #0d3b56 0%, #1f5f8b 55%, #3f8fa8 100%)',
        position: 'relative',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8, color: 'common.white' }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 420, mt: { xs: 8, sm: 12 } }} data-testid="invitation-page">
        <Box sx={{ m: 2, display: 'flex', justifyContent: 'center' }}>
          <Avatar sx={{ bgcolor: 'primary.main' }}>
            <HandshakeIcon />
          </Avatar>
        </Box>
        <CardContent sx={{ pt: 0 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 600, textAlign: 'center', mb: 2 }}>
            {translate('mentorflow.cso.invitation.title')}
          </Typography>
          {preview.isPending ? (
            <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
              <CircularProgress size={28} />
            </Box>
          ) : preview.error ? (
            <LinkProblem error={preview.error} />
          ) : gone ? (
            <LinkProblem error={failure} />
          ) : (
            <form onSubmit={submit} noValidate>
              <Typography variant="body1" sx={{ mb: 1 }} data-testid="invitation-organization">
                {translate('mentorflow.cso.invitation.intro', {
                  name: preview.data.fullName,
                  organization: preview.data.organizationName,
                })}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('mentorflow.cso.invitation.expires', { date: formatDate(preview.data.expiresAt, 'dateTime') })}
              </Typography>
              <TextField
                fullWidth
                margin="dense"
                size="small"
                name="email"
                label={translate('ra.auth.email')}
                value={preview.data.email}
                slotProps={{ input: { readOnly: true } }}
                autoComplete="username"
                data-testid="invitation-email"
              />
              <NewPasswordField
                name="password"
                label={translate('ra.auth.password')}
                value={password}
                onChange={setPassword}
                error={submitted && passwordError ? translate(passwordError, { min: MIN_PASSWORD }) : undefined}
                help={translate('mentorflow.cso.invitation.password_help', { min: MIN_PASSWORD })}
              />
              <NewPasswordField
                name="confirm"
                label={translate('mentorflow.cso.invitation.confirm')}
                value={confirm}
                onChange={setConfirm}
                error={submitted && confirmError ? translate(confirmError) : undefined}
                help=" "
              />
              {failure != null && (
                <Alert severity="error" sx={{ my: 1 }} data-testid="invitation-error">
                  {errorMessage(failure)}
                </Alert>
              )}
              <Button type="submit" variant="contained" fullWidth disabled={submitting} sx={{ mt: 1 }} data-testid="invitation-accept">
                {submitting ? <CircularProgress size={20} color="inherit" /> : translate('mentorflow.cso.invitation.accept')}
              </Button>
            </form>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
