import { lazy, type ComponentType } from 'react';
import { loadAllMessages } from './i18n/i18nProvider';

/**
 * Every screen is loaded on demand (React.lazy; react-admin's Layout wraps routes in Suspense),
 * so the login page and the inbox only download the shell: react-admin, MUI and the layout.
 * Charts (recharts), task forms, configuration, cohorts and reports come in their own chunks.
 * Only dynamic imports here: a module App.tsx imported statically would join the entry chunk.
 */
// A screen comes with every message of the console (i18n/i18nProvider.ts), fetched beside its
// code; the login page, the frame and the inbox need only the shell's (i18n/shellKeys.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const named = <M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) =>
  lazy(async () => ({ default: (await Promise.all([load(), loadAllMessages()]))[0][name] }));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const inShell = <M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

type View = 'list' | 'show' | 'edit' | 'create';
// A resource's views (spread into its <Resource>, App.tsx) from one module of its screens (the
// folder's index.ts): one chunk per resource.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const views = <M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, names: Partial<Record<View, K>>) =>
  Object.fromEntries(Object.entries(names).map(([view, name]) => [view, named(load, name as K)])) as Partial<
    Record<View, ReturnType<typeof named<M, K>>>
  >;

export const programs = {
  list: named(() => import('./programs/ProgramList'), 'ProgramList'),
  create: named(() => import('./programs/ProgramCreate'), 'ProgramCreate'),
};
export const ProgramShow = named(() => import('./programs/ProgramShow'), 'ProgramShow');
export const FinalPlanPage = named(() => import('./advocacy/final-plan/FinalPlanPage'), 'FinalPlanPage');
export const tasks = {
  list: inShell(() => import('./tasks/TaskList'), 'TaskList'),
  show: named(() => import('./tasks/TaskShow'), 'TaskShow'),
};
export const organizations = views(() => import('./organizations'), {
  list: 'OrganizationList',
  show: 'OrganizationShow',
  edit: 'OrganizationEdit',
  create: 'OrganizationCreate',
});
export const users = views(() => import('./users'), { list: 'UserList', edit: 'UserEdit', create: 'UserCreate' });
export const events = views(() => import('./events'), { list: 'EventList', show: 'EventShow', edit: 'EventEdit', create: 'EventCreate' });
export const resources = views(() => import('./resources'), { list: 'ResourceList', edit: 'ResourceEdit', create: 'ResourceCreate' });
// The program designer's screens share one chunk (form-js itself comes later, with a form).
export const programTypes = views(() => import('./programTypes/screens'), {
  list: 'ProgramTypeList',
  show: 'ProgramTypeDesigner',
  create: 'ProgramTypeCreate',
});
export const TemplateReportPage = named(() => import('./programTypes/screens'), 'TemplateReportPage');
export const audit = { list: named(() => import('./audit/AuditList'), 'AuditList') };
export const notifications = { list: named(() => import('./notifications/NotificationList'), 'NotificationList') };
export const Dashboard = named(() => import('./dashboard/Dashboard'), 'Dashboard');
export const ReportsPage = named(() => import('./reports/ReportsPage'), 'ReportsPage');
export const ConfigurationPage = named(() => import('./config/ConfigurationPage'), 'ConfigurationPage');
export const NeedsPage = named(() => import('./documents/NeedsPage'), 'NeedsPage');
// Issue 12: the invitation page (public) and the CSO members' view.
export const InvitationPage = named(() => import('./cso/InvitationPage'), 'InvitationPage');
export const CsoHome = named(() => import('./cso/CsoHome'), 'CsoHome');
export const CsoProgramPage = named(() => import('./cso/program/CsoProgramPage'), 'CsoProgramPage');
export const MemberGradingPage = named(() => import('./cso/grading/MemberGradingPage'), 'MemberGradingPage');
export const CsoTaskPage = named(() => import('./cso/CsoTaskPage'), 'CsoTaskPage');

// react-admin's frame around the screens: the layout (app bar, menu, notifications bell) and the
// error pages are only needed once signed in, so the login page does without them; the toast
// comes with the first message to show (App.tsx).
export const Layout = inShell(() => import('./layout/Layout'), 'Layout');
export const Notification = inShell(() => import('./layout/framePages'), 'Notification');
export const NotFound = inShell(() => import('./layout/framePages'), 'NotFound');
export const ErrorPage = inShell(() => import('./layout/framePages'), 'ErrorPage');
export const AuthenticationError = inShell(() => import('./layout/framePages'), 'AuthenticationError');
export const AccessDenied = inShell(() => import('./layout/framePages'), 'AccessDenied');
