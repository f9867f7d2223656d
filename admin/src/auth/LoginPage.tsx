import { useState } from 'react';
import { Alert, Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import HandshakeIcon from '@mui/icons-material/Handshake';
import {
    email,
    Form,
    LocalesMenuButton,
    Login,
    PasswordInput,
    required,
    TextInput,
    useLogin,
    useTranslate,
} from 'react-admin';
import { LoginError } from './LoginError';

const validateEmail = [required(), email()];
const validatePassword = [required()];

interface LoginValues {
    email: string;
    password: string;
}

interface ShownError {
    key: string;
    args: Record<string, unknown>;
}

/**
 * Email + password form. Errors are shown inside the card (not only as a toast) so a
 * wrong password or a throttling (429) message stays visible while the user reacts.
 */
const EmailLoginForm = () => {
    const login = useLogin();
    const translate = useTranslate();
    const [submitting, setSubmitting] = useState(false);
    const [error, setError] = useState<ShownError | null>(null);

    const submit = async (values: Partial<LoginValues>) => {
        setSubmitting(true);
        setError(null);
        try {
            await login(values);
        } catch (e) {
            setError(
                e instanceof LoginError
                    ? { key: e.message, args: e.args }
                    : { key: 'ra.auth.sign_in_error', args: {} }
            );
        } finally {
            setSubmitting(false);
        }
    };

    return (
        <Form onSubmit={submit} noValidate>
            <CardContent sx={{ width: 320, pt: 0 }}>
                {error && (
                    <Alert severity="error" sx={{ mb: 2 }} data-testid="login-error">
                        {translate(error.key, { _: error.key, ...error.args })}
                    </Alert>
                )}
                <TextInput
                    autoFocus
                    source="email"
                    type="email"
                    autoComplete="username"
                    label={translate('ra.auth.email')}
                    validate={validateEmail}
                />
                <PasswordInput
                    source="password"
                    autoComplete="current-password"
                    label={translate('ra.auth.password')}
                    validate={validatePassword}
                />
                <Button
                    type="submit"
                    variant="contained"
                    fullWidth
                    disabled={submitting}
                    sx={{ mt: 1 }}
                >
                    {submitting ? (
                        <CircularProgress size={20} thickness={3} color="inherit" />
                    ) : (
                        translate('ra.auth.sign_in')
                    )}
                </Button>
            </CardContent>
        </Form>
    );
};

export const LoginPage = () => {
    const translate = useTranslate();
    return (
        <Login
            avatarIcon={<HandshakeIcon />}
            sx={{
                background: 'linear-gradient(160deg, #0d3b56 0%, #1f5f8b 55%, #3f8fa8 100%)',
                '& .RaLogin-icon': { bgcolor: 'primary.main' },
            }}
        >
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
        </Login>
    );
};
