import { Box, Divider, Typography } from '@mui/material';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { RoleChip } from '../users/RoleChip';

/** Who is signed in and with which role: the menu and buttons depend on it. */
const SignedInAs = () => {
    const { identity } = useGetIdentity();
    const translate = useTranslate();
    if (!identity) return null;
    return (
        <>
            <Box sx={{ px: 2, py: 1, minWidth: 220 }} data-testid="signed-in-as">
                <Typography variant="caption" color="text.secondary">
                    {translate('mentorflow.auth.signed_in_as')}
                </Typography>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {identity.fullName}
                </Typography>
                <Typography variant="body2" color="text.secondary" gutterBottom>
                    {identity.email}
                </Typography>
                <RoleChip role={identity.role} />
            </Box>
            <Divider />
        </>
    );
};

export const UserMenu = () => (
    <RaUserMenu>
        <SignedInAs />
        <Logout />
    </RaUserMenu>
);
