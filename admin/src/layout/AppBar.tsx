import { useEffect } from 'react';
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
        // The page's title comes in wrappers (react-admin's configurable title is a block):
        // inline, so the line clamp above applies to the text.
        '& .RaAppBar-title *': { display: 'inline' },
        // A name too long for two lines (a CSO's full name): three smaller lines, still within the bar;
        // past that (rare) the third line ends with an ellipsis: the page's header has it in full.
        '& .RaAppBar-title[data-long="true"]': { fontSize: '0.8rem', lineHeight: 1.15, WebkitLineClamp: 3 },
    },
});

/**
 * Marks the app-bar title `data-long` when, on a phone, it does not fit in two lines; pages put
 * their title there through a portal, so this watches its content and size.
 */
const useFitPhoneTitle = (isPhone: boolean) => {
    useEffect(() => {
        const title = document.getElementById('react-admin-title');
        if (!title) return;
        const fit = () => {
            title.removeAttribute('data-long');
            if (isPhone && title.scrollHeight > title.clientHeight + 1) title.setAttribute('data-long', 'true');
        };
        fit();
        const mutations = new MutationObserver(fit);
        mutations.observe(title, { childList: true, subtree: true, characterData: true });
        const resizes = new ResizeObserver(fit);
        resizes.observe(title.parentElement ?? title);
        return () => {
            mutations.disconnect();
            resizes.disconnect();
            title.removeAttribute('data-long');
        };
    }, [isPhone]);
};

export const AppBar = () => {
    const isPhone = useMediaQuery<Theme>(theme => theme.breakpoints.down('sm'));
    useFitPhoneTitle(isPhone);
    return <RaAppBar color="primary" userMenu={<UserMenu />} toolbar={<Toolbar />} sx={phone} />;
};
