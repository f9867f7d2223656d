import { useEffect } from 'react';
import {
  AppBar as MuiAppBar,
  Box,
  CircularProgress,
  IconButton,
  Toolbar as MuiToolbar,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import Brightness4Icon from '@mui/icons-material/Brightness4';
import Brightness7Icon from '@mui/icons-material/Brightness7';
import MenuIcon from '@mui/icons-material/Menu';
import RefreshIcon from '@mui/icons-material/Refresh';
import { HideOnScroll, LocalesMenuButton, useLoading, useRefresh, useSidebarState, useTheme, useTranslate } from 'react-admin';
import { NotificationsButton } from '../notifications/NotificationsButton';
import { UserMenu } from './UserMenu';

/** Refresh, or a spinner while anything loads (react-admin's LoadingIndicator without its tooltip). */
const LoadingIndicator = () => {
  const loading = useLoading();
  const refresh = useRefresh();
  const translate = useTranslate();
  return (
    <Box sx={{ position: 'relative', display: 'inline-flex' }}>
      <IconButton
        color="inherit"
        onClick={() => refresh()}
        aria-label={translate('ra.action.refresh')}
        title={translate('ra.action.refresh')}
        sx={{ opacity: loading ? 0 : 1 }}
      >
        <RefreshIcon />
      </IconButton>
      {loading && (
        <CircularProgress
          color="inherit"
          size={16}
          thickness={6}
          className="app-loader"
          sx={{ position: 'absolute', top: 'calc(50% - 8px)', left: 'calc(50% - 8px)' }}
        />
      )}
    </Box>
  );
};

/** Light or dark (react-admin's ToggleThemeButton without its tooltip). */
const ToggleThemeButton = () => {
  const translate = useTranslate();
  const [theme, setTheme] = useTheme();
  const label = translate('ra.action.toggle_theme', { _: 'Toggle theme' });
  return (
    <IconButton color="inherit" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} aria-label={label} title={label}>
      {theme === 'dark' ? <Brightness7Icon /> : <Brightness4Icon />}
    </IconButton>
  );
};

// The language menu, the theme toggle and the loading indicator, with the notifications bell in front.
const Toolbar = () => {
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
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

/**
 * The app bar: menu button, the page's title (pages put it in #react-admin-title through
 * react-admin's <Title>), the toolbar and the user menu. react-admin's <AppBar> spelled out
 * with the same class names, without the tooltips (popper) of its buttons.
 */
export const AppBar = () => {
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [open, setOpen] = useSidebarState();
  const translate = useTranslate();
  useFitPhoneTitle(isPhone);
  const menuLabel = translate(open ? 'ra.action.close_menu' : 'ra.action.open_menu');
  // Hidden while scrolling down, as react-admin's: its docked menu moves up into the room.
  return (
    <HideOnScroll>
      <MuiAppBar color="primary" className="RaAppBar-appBar RaAppBar-root" sx={phone}>
        <MuiToolbar disableGutters variant={isPhone ? 'regular' : 'dense'} className="RaAppBar-toolbar" sx={{ px: 1 }}>
          <IconButton
            color="inherit"
            onClick={() => setOpen(!open)}
            aria-label={menuLabel}
            title={menuLabel}
            className="RaAppBar-menuButton"
            sx={{ mr: 1 }}
          >
            <MenuIcon />
          </IconButton>
          <Typography
            variant="h6"
            color="inherit"
            id="react-admin-title"
            className="RaAppBar-title"
            sx={{ flex: 1, textOverflow: 'ellipsis', whiteSpace: 'nowrap', overflow: 'hidden' }}
          />
          <Toolbar />
          <UserMenu />
        </MuiToolbar>
      </MuiAppBar>
    </HideOnScroll>
  );
};
