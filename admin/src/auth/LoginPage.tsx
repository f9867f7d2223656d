import { useEffect, useState, type ReactNode } from 'react';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  IconButton,
  InputAdornment,
  TextField,
  Typography,
} from '@mui/material';
import HandshakeIcon from '@mui/icons-material/Handshake';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { LocalesMenuButton, useCheckAuth, useLogin, useNavigate, useTranslate } from 'react-admin';
import { EMAIL_PATTERN, usePlainForm } from '../common/usePlainForm';
import { LoginError } from './LoginError';

interface ShownError {
  key: string;
  args: Record<string, unknown>;
}

const fieldErrors = (email: string, password: string) => ({
  email: !email.trim() ? 'ra.validation.required' : !EMAIL_PATTERN.test(email.trim()) ? 'ra.validation.email' : undefined,
  password: !password ? 'ra.validation.required' : undefined,
});

/**
 * Email + password form. Errors are shown inside the card (not only as a toast) so a
 * wrong password or a throttling (429) message stays visible while the user reacts.
 */
const EmailLoginForm = () => {
  const login = useLogin();
  const translate = useTranslate();
  const { values, submitted, submitting, field, submitWith } = usePlainForm({ email: '', password: '' });
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const errors = fieldErrors(values.email, values.password);
  const shown = (name: 'email' | 'password') => (submitted && errors[name] ? translate(errors[name]!) : undefined);
  const submit = submitWith(!errors.email && !errors.password, async () => {
    setError(null);
    try {
      await login({ email: values.email.trim(), password: values.password });
    } catch (e) {
      setError(e instanceof LoginError ? { key: e.message, args: e.args } : { key: 'ra.auth.sign_in_error', args: {} });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <CardContent sx={{ width: 320, pt: 0 }}>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="login-error">
            {translate(error.key, { _: error.key, ...error.args })}
          </Alert>
        )}
        <TextField
          {...field('email', shown('email'))}
          autoFocus
          type="email"
          autoComplete="username"
          label={`${translate('ra.auth.email')} *`}
        />
        <TextField
          {...field('password', shown('password'))}
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          label={`${translate('ra.auth.password')} *`}
          slotProps={{
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton
                    aria-label={translate(showPassword ? 'ra.input.password.toggle_visible' : 'ra.input.password.toggle_hidden')}
                    onClick={() => setShowPassword((s) => !s)}
                    size="large"
                  >
                    {showPassword ? <Visibility /> : <VisibilityOff />}
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
        <Button type="submit" variant="contained" fullWidth disabled={submitting} sx={{ mt: 1 }}>
          {submitting ? <CircularProgress size={20} thickness={3} color="inherit" /> : translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </form>
  );
};

/**
 * react-admin's <Login> card (its layout and its redirect when already signed in) without its
 * default form, which <Login> imports eagerly.
 */
const LoginFrame = ({ children }: { children: ReactNode }) => {
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined); // not signed in: stay here
  }, [checkAuth, navigate]);
  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        minHeight: '100vh',
        alignItems: 'center',
        justifyContent: 'flex-start',
        position: 'relative',
        background: 'linear-gradient(160deg, #0d3b56 0%, #1f5f8b 55%, #3f8fa8 100%)',
      }}
    >
      <Card sx={{ minWidth: 300, mt: '6em' }} className="RaLogin-card">
        <Box sx={{ m: '1em', display: 'flex', justifyContent: 'center' }}>
          <Avatar sx={{ bgcolor: 'primary.main' }}>
            <HandshakeIcon />
          </Avatar>
        </Box>
        {children}
      </Card>
    </Box>
  );
};

export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <LoginFrame>
      {/* The language can be chosen before signing in. */}
      <Box sx={{ position: 'absolute', top: 8, right: 8, color: 'common.white' }}>
        <LocalesMenuButton />
      </Box>
      <Box sx={{ textAlign: 'center', px: 2, pb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
          {translate('mentorflow.app_name')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 280, mx: 'auto' }}>
          {translate('mentorflow.tagline')}
        </Typography>
      </Box>
      <EmailLoginForm />
    </LoginFrame>
  );
};
