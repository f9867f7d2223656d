import { useMemo } from 'react';
import {
    Admin,
    CustomRoutes,
    defaultDarkTheme,
    defaultLightTheme,
    localStorageStore,
    Resource,
    type AuthProvider,
    type DataProvider,
    type I18nProvider,
} from 'react-admin';
import { Route } from 'react-router-dom';
import { FinalPlanPage } from './advocacy/final-plan/FinalPlanPage';
import audit from './audit';
import { createAuthProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { createDataProvider } from './data/dataProvider';
import { i18nProvider as defaultI18nProvider } from './i18n/i18nProvider';
import { ConfigurationPage } from './config';
import { Dashboard } from './dashboard';
import events from './events';
import { Layout } from './layout/Layout';
import notifications from './notifications';
import organizations from './organizations';
import programs from './programs';
import { ReportsPage } from './reports';
import tasks from './tasks';
import users from './users';

export interface MentorflowProps {
    /** Base URL of the API. Same origin in production, hence the relative default. */
    apiUrl?: string;
    /** Override the providers, e.g. in tests or stories. */
    dataProvider?: DataProvider;
    authProvider?: AuthProvider;
    i18nProvider?: I18nProvider;
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

/**
 * The Mentorflow console, configurable in the Atomic CRM style:
 * `<Mentorflow apiUrl="https://mentorflow.example.org/api" />`.
 */
export const Mentorflow = ({
    apiUrl = import.meta.env.VITE_API_URL ?? '/api',
    dataProvider,
    authProvider,
    i18nProvider = defaultI18nProvider,
}: MentorflowProps) => {
    const data = useMemo(() => dataProvider ?? createDataProvider(apiUrl), [dataProvider, apiUrl]);
    const auth = useMemo(() => authProvider ?? createAuthProvider(apiUrl), [authProvider, apiUrl]);
    return (
        <Admin
            title="Mentorflow"
            dataProvider={data}
            authProvider={auth}
            i18nProvider={i18nProvider}
            // Namespaced so another react-admin app on the same origin keeps its own preferences.
            store={localStorageStore(undefined, 'mentorflow')}
            layout={Layout}
            dashboard={Dashboard}
            loginPage={LoginPage}
            theme={lightTheme}
            darkTheme={defaultDarkTheme}
            requireAuth
            disableTelemetry
        >
            <Resource name="programs" {...programs}>
                {/* An advocacy mentorship's final plan, printable. */}
                <Route path=":id/final-plan" element={<FinalPlanPage />} />
            </Resource>
            <Resource name="tasks" {...tasks} />
            <Resource name="organizations" {...organizations} />
            <Resource name="users" {...users} />
            <Resource name="events" {...events} />
            <Resource name="audit" {...audit} />
            <Resource name="notifications" {...notifications} />
            <CustomRoutes>
                <Route path="/reports" element={<ReportsPage />} />
                <Route path="/configuration" element={<ConfigurationPage />} />
            </CustomRoutes>
        </Admin>
    );
};

export default Mentorflow;
