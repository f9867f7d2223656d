import { useCallback, useMemo, useState, type MouseEvent } from 'react';
import { Box, Button, Divider, IconButton, Menu, Typography, useMediaQuery, type Theme } from '@mui/material';
import AccountCircle from '@mui/icons-material/AccountCircle';
import { Logout, UserMenuContextProvider, useGetIdentity, useTranslate } from 'react-admin';
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

/**
 * The app bar's user menu (react-admin's <UserMenu> without its tooltip): the name on wide
 * screens, an icon on a phone; who is signed in, and Logout.
 */
export const UserMenu = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const isLargeEnough = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm'));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = useCallback(() => setAnchor(null), []);
  const context = useMemo(() => ({ onClose: close }), [close]);
  const label = translate('ra.auth.user_menu', { _: 'Profile' });
  const open = (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget);
  return (
    <Box className="RaUserMenu-root">
      {isLargeEnough && !isPending && identity?.fullName ? (
        <Button
          aria-label={label}
          className="RaUserMenu-userButton"
          color="inherit"
          startIcon={<AccountCircle />}
          onClick={open}
          sx={{ textTransform: 'none' }}
        >
          {identity.fullName}
        </Button>
      ) : (
        <IconButton aria-label={label} title={label} aria-haspopup color="inherit" onClick={open}>
          <AccountCircle />
        </IconButton>
      )}
      <UserMenuContextProvider value={context}>
        <Menu
          id="menu-appbar"
          disableScrollLock
          anchorEl={anchor}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
          transformOrigin={{ vertical: 'top', horizontal: 'right' }}
          open={!!anchor}
          onClose={close}
        >
          <SignedInAs />
          <Logout />
        </Menu>
      </UserMenuContextProvider>
    </Box>
  );
};
