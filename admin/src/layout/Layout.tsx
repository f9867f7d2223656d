import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Box, useMediaQuery, type Theme } from '@mui/material';
import { ErrorBoundary } from 'react-error-boundary';
import { Loading, Sidebar, useSidebarState } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

// react-admin's error page, fetched the first time a screen fails.
const ErrorView = lazy(() => import('./framePages').then((m) => ({ default: m.ErrorPage })));

/**
 * The frame around every signed-in screen: app bar, menu (react-admin's <Sidebar>: docked, or
 * a drawer on a phone) and the page. react-admin's <Layout> spelled out with light parts of our
 * own (AppBar.tsx, Menu.tsx): its default app bar and menu items bring tooltips (popper),
 * keyboard shortcuts and the preferences inspector, which doubled what the inbox downloads
 * beyond the login. Its class names (RaLayout-*) are kept: print styles rely on them.
 */
export const Layout = ({ children }: { children: ReactNode }) => {
  const location = useLocation();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [, setOpen] = useSidebarState();
  // On a phone the menu is a drawer over the page: it closes once a page is chosen.
  useEffect(() => {
    if (isPhone) setOpen(false);
  }, [location.pathname, isPhone, setOpen]);
  return (
    <Box
      className="RaLayout-root layout"
      sx={(theme) => ({
        display: 'flex',
        flexDirection: 'column',
        zIndex: 1,
        minHeight: '100vh',
        backgroundColor: 'background.default',
        position: 'relative',
        minWidth: 'fit-content',
        width: '100%',
        '& .RaLayout-appFrame': {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          marginTop: theme.spacing(6),
          [theme.breakpoints.down('sm')]: { marginTop: theme.spacing(7) },
        },
        '& .RaLayout-contentWithSidebar': { display: 'flex', flexGrow: 1 },
        '& .RaLayout-content': {
          backgroundColor: 'background.default',
          zIndex: 2,
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          flexBasis: 0,
          padding: 0,
          px: 1,
        },
      })}
    >
      <div className="RaLayout-appFrame">
        <AppBar />
        <main className="RaLayout-contentWithSidebar">
          <Sidebar>
            <Menu />
          </Sidebar>
          <div id="main-content" className="RaLayout-content">
            <ErrorBoundary
              resetKeys={[location.pathname]}
              fallbackRender={({ error, resetErrorBoundary }) => (
                <Suspense fallback={null}>
                  <ErrorView error={error as Error} resetErrorBoundary={resetErrorBoundary} />
                </Suspense>
              )}
            >
              <Suspense fallback={<Loading />}>{children}</Suspense>
            </ErrorBoundary>
          </div>
        </main>
      </div>
    </Box>
  );
};
