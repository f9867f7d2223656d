import { lazy, type ComponentType } from 'react';
import { loadAllMessages } from './i18n/i18nProvider';

/**
 * Every screen is loaded on demand (React.lazy; react-admin's Layout wraps routes in Suspense),
 * so the login page and the inbox only download the shell: react-admin, MUI and the layout.
 * Charts (recharts), task forms, configuration, cohorts and reports come in their own chunks.
 * Kept apart from App.tsx so that the resources' index files (which import their screens
 * eagerly) are never pulled into the entry chunk.
 */
// A screen comes with every message of the console (i18n/i18nProvider.ts), fetched beside its
// code; the login page, the frame and the inbox need only the shell's (i18n/shellKeys.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const named = <M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) =>
  lazy(async () => ({ default: (await Promise.all([load(), loadAllMessages()]))[0][name] }));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const inShell = <M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

export const ProgramList = named(() => import('./programs/ProgramList'), 'ProgramList');
export const ProgramShow = named(() => import('./programs/ProgramShow'), 'ProgramShow');
export const ProgramCreate = named(() => import('./programs/ProgramCreate'), 'ProgramCreate');
export const FinalPlanPage = named(() => import('./advocacy/final-plan/FinalPlanPage'), 'FinalPlanPage');
export const TaskList = inShell(() => import('./tasks/TaskList'), 'TaskList');
export const TaskShow = named(() => import('./tasks/TaskShow'), 'TaskShow');
export const OrganizationList = named(() => import('./organizations/OrganizationList'), 'OrganizationList');
export const OrganizationShow = named(() => import('./organizations/OrganizationShow'), 'OrganizationShow');
export const OrganizationEdit = named(() => import('./organizations/OrganizationEdit'), 'OrganizationEdit');
export const OrganizationCreate = named(() => import('./organizations/OrganizationCreate'), 'OrganizationCreate');
export const UserList = named(() => import('./users/UserList'), 'UserList');
export const UserEdit = named(() => import('./users/UserEdit'), 'UserEdit');
export const UserCreate = named(() => import('./users/UserCreate'), 'UserCreate');
export const EventList = named(() => import('./events/EventList'), 'EventList');
export const EventShow = named(() => import('./events/EventShow'), 'EventShow');
export const EventEdit = named(() => import('./events/EventEdit'), 'EventEdit');
export const EventCreate = named(() => import('./events/EventCreate'), 'EventCreate');
export const AuditList = named(() => import('./audit/AuditList'), 'AuditList');
export const NotificationList = named(() => import('./notifications/NotificationList'), 'NotificationList');
export const Dashboard = named(() => import('./dashboard/Dashboard'), 'Dashboard');
export const ReportsPage = named(() => import('./reports/ReportsPage'), 'ReportsPage');
// The program designer's screens share one chunk (form-js itself comes later, with a form).
export const ProgramTypeList = named(() => import('./programTypes/screens'), 'ProgramTypeList');
export const ProgramTypeCreate = named(() => import('./programTypes/screens'), 'ProgramTypeCreate');
export const ProgramTypeDesigner = named(() => import('./programTypes/screens'), 'ProgramTypeDesigner');
export const TemplateReportPage = named(() => import('./programTypes/screens'), 'TemplateReportPage');
export const ConfigurationPage = named(() => import('./config/ConfigurationPage'), 'ConfigurationPage');
export const ResourceList = named(() => import('./resources/ResourceList'), 'ResourceList');
export const ResourceEdit = named(() => import('./resources/ResourceEdit'), 'ResourceEdit');
export const ResourceCreate = named(() => import('./resources/ResourceCreate'), 'ResourceCreate');
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
