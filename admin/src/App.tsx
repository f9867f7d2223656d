import { Suspense, useMemo, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { CssBaseline } from '@mui/material';
import {
  AdminContext,
  CoreAdminUI,
  CustomRoutes,
  defaultDarkTheme,
  defaultLightTheme,
  LoadingPage,
  localStorageStore,
  Resource,
  type AuthProvider,
  type CatchAllComponent,
  type DataProvider,
  type I18nProvider,
  useNotificationContext,
  usePermissions,
} from 'react-admin';
import { Navigate, Route, useParams } from 'react-router-dom';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ApartmentIcon from '@mui/icons-material/Apartment';
import DynamicFormIcon from '@mui/icons-material/DynamicFormOutlined';
import GroupsIcon from '@mui/icons-material/Groups';
import InboxIcon from '@mui/icons-material/Inbox';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import NotificationsIcon from '@mui/icons-material/Notifications';
import PeopleIcon from '@mui/icons-material/People';
import { createAuthProvider } from './auth/authProvider';
import { isCsoMember, type Role } from './auth/roles';
import { LoginPage } from './auth/LoginPage';
import { createDataProvider } from './data/dataProvider';
import * as screens from './lazyScreens';

export interface MentorflowProps {
  /** Base URL of the API. Same origin in production, hence the relative default. */
  apiUrl?: string;
  /** Override the providers, e.g. in tests or stories. */
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  /** See i18n/i18nProvider.ts: created once the first language's messages are loaded. */
  i18nProvider: I18nProvider;
}

// Mentorflow blue; the secondary tone is used for accents (chips, login avatar).
const lightTheme = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1f5f8b' },
    secondary: { main: '#3f8fa8' },
  },
};

const LazyLayout = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<LoadingPage />}>
    <screens.Layout>{children}</screens.Layout>
  </Suspense>
);

// An error or not-found page, fetched when first shown.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const lazyPage = <P extends ComponentType<any>>(Page: P) => {
  const LazyPage = (props: ComponentProps<P>) => (
    <Suspense fallback={<LoadingPage />}>
      <Page {...props} />
    </Suspense>
  );
  return LazyPage;
};
// The frame's pages that react-admin's <AdminUI> would import eagerly, as lazy chunks.
const framePages = {
  layout: LazyLayout,
  // <AdminUI> passes its NotFound as catchAll; its title prop is typed narrower.
  catchAll: lazyPage(screens.NotFound) as CatchAllComponent,
  error: lazyPage(screens.ErrorPage),
  authenticationError: lazyPage(screens.AuthenticationError),
  accessDenied: lazyPage(screens.AccessDenied),
};
// Public: opened from the e-mail before any sign-in (outside the layout and its Suspense).
const InvitationPage = lazyPage(screens.InvitationPage);

/** "/": a CSO member's own view of their organisation (issue 12); the role's dashboard for staff. */
const Home = () => {
  const { permissions, isPending } = usePermissions<Role>();
  if (isPending) return <LoadingPage />;
  return isCsoMember(permissions) ? <screens.CsoHome /> : <screens.Dashboard />;
};

/** A program link (e.g. from a notification) opens the CSO view for a CSO member. */
const ProgramShow = () => {
  const { permissions, isPending } = usePermissions<Role>();
  const { id = '' } = useParams();
  if (isPending) return <LoadingPage />;
  return isCsoMember(permissions) ? <Navigate to={`/cso/programs/${id}`} replace /> : <screens.ProgramShow />;
};

// The toast (react-admin's <Notification>, 9 kB gzipped with its chunk), fetched with the first
// message to show rather than with every page; mounted from then on.
const Toasts = () => {
  const { notifications } = useNotificationContext();
  const [needed, setNeeded] = useState(false);
  if (notifications.length > 0 && !needed) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <screens.Notification />
    </Suspense>
  ) : null;
};

/**
 * The Mentorflow console, configurable in the Atomic CRM style:
 * `<Mentorflow apiUrl="https://mentorflow.example.org/api" />`.
 */
export const Mentorflow = ({
  apiUrl = import.meta.env.VITE_API_URL ?? '/api',
  dataProvider,
  authProvider,
  i18nProvider,
}: MentorflowProps) => {
  const data = useMemo(() => dataProvider ?? createDataProvider(apiUrl), [dataProvider, apiUrl]);
  const auth = useMemo(() => authProvider ?? createAuthProvider(apiUrl), [authProvider, apiUrl]);
  return (
    // react-admin's <Admin> spelled out (AdminContext + AdminUI) so that its default layout,
    // toast and error pages (framePages, Toasts) become lazy chunks.
    <AdminContext
      dataProvider={data}
      authProvider={auth}
      i18nProvider={i18nProvider}
      // Namespaced so another react-admin app on the same origin keeps its own preferences.
      store={localStorageStore(undefined, 'mentorflow')}
      theme={lightTheme}
      darkTheme={defaultDarkTheme}
    >
      <CssBaseline enableColorScheme>
        <CoreAdminUI
          title="Mentorflow"
          {...framePages}
          dashboard={Home}
          loginPage={LoginPage}
          loading={LoadingPage}
          requireAuth
          disableTelemetry
        >
          {/* Screens are lazy (see lazyScreens.tsx); icons and record names stay here for the menu. */}
          <Resource name="programs" {...screens.programs} show={ProgramShow} icon={AccountTreeIcon} recordRepresentation="organizationName">
            {/* An advocacy mentorship's final plan, printable. */}
            <Route path=":id/final-plan" element={<screens.FinalPlanPage />} />
          </Resource>
          <Resource name="tasks" {...screens.tasks} icon={InboxIcon} />
          <Resource name="organizations" {...screens.organizations} icon={ApartmentIcon} recordRepresentation="name" />
          <Resource name="users" {...screens.users} icon={PeopleIcon} recordRepresentation="fullName" />
          <Resource name="events" {...screens.events} icon={GroupsIcon} recordRepresentation="topic" />
          <Resource name="resources" {...screens.resources} icon={MenuBookIcon} recordRepresentation="titleEn" />
          {/* Program types designed in the console (issue 10), with each type's report. */}
          <Resource name="program-types" {...screens.programTypes} icon={DynamicFormIcon} recordRepresentation="key">
            <Route path=":id/report" element={<screens.TemplateReportPage />} />
          </Resource>
          <Resource name="audit" {...screens.audit} icon={ManageSearchIcon} />
          <Resource name="notifications" {...screens.notifications} icon={NotificationsIcon} />
          <CustomRoutes noLayout>
            <Route path="/invitation/:token" element={<InvitationPage />} />
          </CustomRoutes>
          <CustomRoutes>
            <Route path="/cso/programs/:id" element={<screens.CsoProgramPage />} />
            <Route path="/cso/programs/:id/grading/:year" element={<screens.MemberGradingPage />} />
            <Route path="/cso/tasks/:id" element={<screens.CsoTaskPage />} />
            <Route path="/reports" element={<screens.ReportsPage />} />
            <Route path="/configuration" element={<screens.ConfigurationPage />} />
            <Route path="/needs" element={<screens.NeedsPage />} />
          </CustomRoutes>
        </CoreAdminUI>
        <Toasts />
      </CssBaseline>
    </AdminContext>
  );
};

export default Mentorflow;
