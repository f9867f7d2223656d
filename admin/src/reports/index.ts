/** The program reports page (custom route /reports). */
export { ReportsPage } from './ReportsPage';
