import { useMediaQuery, type Theme } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, ToggleThemeButton } from 'react-admin';
import { NotificationsButton } from '../notifications/NotificationsButton';
import { UserMenu } from './UserMenu';

// react-admin's default toolbar (language menu, theme toggle, loading indicator) with the
// notifications bell in front.
const Toolbar = () => {
    const isPhone = useMediaQuery<Theme>(theme => theme.breakpoints.down('sm'));
    return (
        <>
            <NotificationsButton />
            <LocalesMenuButton />
            {!isPhone && <ToggleThemeButton />}
            <LoadingIndicator />
        </>
    );
};

// On a phone the page title gets the room: it wraps to two lines instead of being cut after a
// few letters, the language menu shows its icon only and the theme toggle is left out.
const phone = (theme: Theme) => ({
    [theme.breakpoints.down('sm')]: {
        '& .RaAppBar-title': {
            fontSize: '0.95rem',
            lineHeight: 1.2,
            whiteSpace: 'normal',
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
            overflowWrap: 'anywhere',
        },
        '& .RaLocalesMenuButton-root .MuiButton-root': {
            minWidth: 0,
            px: 1,
            fontSize: 0,
            '& .MuiButton-startIcon': { m: 0 },
            '& .MuiButton-endIcon': { display: 'none' },
        },
    },
});

export const AppBar = () => <RaAppBar color="primary" userMenu={<UserMenu />} toolbar={<Toolbar />} sx={phone} />;
