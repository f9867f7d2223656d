/** The role-aware home page (react-admin's `dashboard`). */
export { Dashboard } from './Dashboard';
export { StatCard } from './StatCard';
export { ChartCard } from './ChartCard';
