import { Box, useMediaQuery, type Theme } from '@mui/material';
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
            {isPhone ? (
                // The language's icon only: its name would take the title's room.
                <Box
                    component="span"
                    sx={{
                        '& .MuiButton-root': { minWidth: 0, px: 1, fontSize: 0 },
                        '& .MuiButton-startIcon': { m: 0 },
                        '& .MuiButton-endIcon': { display: 'none' },
                    }}
                >
                    <LocalesMenuButton />
                </Box>
            ) : (
                <LocalesMenuButton />
            )}
            {!isPhone && <ToggleThemeButton />}
            <LoadingIndicator />
        </>
    );
};

// On a phone the page title gets the room (the language menu shows its icon only and the theme
// toggle is left out, see Toolbar) and wraps to two lines rather than being cut with an
// ellipsis: two lines of this size fit the phone's 56 px bar, so it does not grow over the
// page. Pages with long names give a short title there (tasks: the task type) and repeat the
// full name in their own header.
const phone = (theme: Theme) => ({
    [theme.breakpoints.down('sm')]: {
        '& .RaAppBar-title': {
            fontSize: '0.95rem',
            lineHeight: 1.2,
            whiteSpace: 'normal',
            overflowWrap: 'anywhere',
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
        },
    },
});

export const AppBar = () => <RaAppBar color="primary" userMenu={<UserMenu />} toolbar={<Toolbar />} sx={phone} />;
