import { HttpError } from 'react-admin';
import { getToken } from '../auth/session';
import type {
    BulkSignalName,
    BulkSignalResult,
    CohortPlan,
    CohortStartBody,
    CohortStartResult,
    ImportResult,
    ProgramType,
} from '../cohorts/types';
import type { ConfigChange, ConfigType, ConfigVersion } from '../config/types';
import type { DashboardData } from '../dashboard/types';
import type { TimelineEntry } from '../events/types';
import type { AdvocacyReport, InstitutionalReport, ReportKind } from '../reports/types';
import { httpClient } from './httpClient';

/**
 * The program manager's calls beyond react-admin's CRUD: dashboard, reports (JSON and
 * CSV), CSV import of CSOs, cohorts, bulk controls, timelines and the configuration.
 * Errors are react-admin HttpErrors whose `body` is the API's JSON (400: `errors`).
 */
export interface ManagerMethods {
    getDashboard(): Promise<DashboardData>;
    getInstitutionalReport(year: number): Promise<InstitutionalReport>;
    getAdvocacyReport(): Promise<AdvocacyReport>;
    /** The report as CSV, fetched with the Bearer token (a plain link would carry none). */
    downloadReportCsv(kind: ReportKind, year?: number): Promise<{ blob: Blob; filename: string }>;
    importOrganizations(csv: string): Promise<ImportResult>;
    planCohort(body: { type: ProgramType; organizationIds: string[]; mentorIds?: string[] }): Promise<CohortPlan>;
    startCohort(body: CohortStartBody): Promise<CohortStartResult>;
    sendBulkSignal(name: BulkSignalName, body: Record<string, unknown> & { ids: string[] }): Promise<BulkSignalResult>;
    getOrganizationTimeline(organizationId: string): Promise<TimelineEntry[]>;
    getConfig<C>(type: ConfigType): Promise<C>;
    getConfigVersions<C>(type: ConfigType): Promise<ConfigVersion<C>[]>;
    updateConfig<C>(type: ConfigType, change: ConfigChange): Promise<C>;
}

const filenameOf = (disposition: string | null, fallback: string) =>
    /filename="?([^";]+)"?/.exec(disposition ?? '')?.[1] ?? fallback;

export const createManagerMethods = (apiUrl: string): ManagerMethods => {
    const get = async <T,>(path: string): Promise<T> => (await httpClient(`${apiUrl}${path}`)).json as T;
    const send = async <T,>(path: string, body: unknown, method = 'POST'): Promise<T> => {
        const { json } = await httpClient(`${apiUrl}${path}`, {
            method,
            body: JSON.stringify(body),
            headers: new Headers({ 'Content-Type': 'application/json' }),
        });
        return json as T;
    };
    const id = (value: string) => encodeURIComponent(value);

    return {
        getDashboard: () => get('/dashboard'),
        getInstitutionalReport: year => get(`/reports/institutional?year=${year}`),
        getAdvocacyReport: () => get('/reports/advocacy'),
        downloadReportCsv: async (kind, year) => {
            const query = kind === 'institutional' ? `?year=${year ?? 1}&format=csv` : '?format=csv';
            const token = getToken();
            let response: Response;
            try {
                response = await fetch(`${apiUrl}/reports/${kind}${query}`, {
                    headers: { Accept: 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
                });
            } catch {
                throw new HttpError('mentorflow.errors.network', 0, null);
            }
            if (!response.ok) {
                const body = await response.json().catch(() => null);
                throw new HttpError(body?.message ?? response.statusText, response.status, body);
            }
            const fallback = kind === 'institutional' ? `mentorflow-institutional-year-${year ?? 1}.csv` : 'mentorflow-advocacy.csv';
            return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition'), fallback) };
        },
        importOrganizations: csv => send('/organizations/import', { csv }),
        planCohort: body => send('/programs/cohort/plan', body),
        startCohort: body => send('/programs/cohort', body),
        sendBulkSignal: (name, body) => send(`/programs/signals/${name}`, body),
        getOrganizationTimeline: organizationId => get(`/organizations/${id(organizationId)}/timeline`),
        getConfig: type => get(`/config/${type}`),
        getConfigVersions: type => get(`/config/${type}/versions`),
        updateConfig: (type, change) => send(`/config/${type}`, change, 'PUT'),
    };
};
