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
// toggle is left out, see Toolbar). The title stays on one line (a taller fixed bar would cover the page);
// program and task pages repeat it in full, wrapped, in their own header.
const phone = (theme: Theme) => ({
    [theme.breakpoints.down('sm')]: {
        '& .RaAppBar-title': { fontSize: '1rem' },
    },
});

export const AppBar = () => <RaAppBar color="primary" userMenu={<UserMenu />} toolbar={<Toolbar />} sx={phone} />;
