import type {
    DraftSaveResult,
    ProgramRecordRow,
    ProgramTypeRecord,
    TemplateDefinition,
    TemplateReport,
    TemplateVersionRecord,
} from '../programTypes/types';
import { httpClient } from './httpClient';

/**
 * Calls of the program designer and of template programs (issue 10's REST contract). Errors are
 * react-admin HttpErrors whose `body.errors` is `{<path>: message}` (publish, record forms).
 */
export interface TemplateMethods {
    getProgramType(key: string): Promise<ProgramTypeRecord>;
    saveTemplateDraft(key: string, definition: TemplateDefinition, options?: { keepalive?: boolean }): Promise<DraftSaveResult>;
    publishTemplate(key: string): Promise<{ version: number; changes: string[] }>;
    getTemplateVersion(key: string, version: number): Promise<TemplateVersionRecord>;
    getProgramRecords(programId: string): Promise<ProgramRecordRow[]>;
    addProgramRecord(programId: string, kind: string, data: Record<string, unknown>, idempotencyKey?: string): Promise<{ id: string }>;
    closeStage(programId: string, stageId: string): Promise<unknown>;
    getTemplateReport(key: string): Promise<TemplateReport>;
    /** The report as CSV text (one row per program). */
    getTemplateReportCsv(key: string): Promise<string>;
}

export const createTemplateMethods = (apiUrl: string): TemplateMethods => {
    const id = (value: string) => encodeURIComponent(value);
    const send = async <T,>(path: string, method: string, body?: unknown, extra: RequestInit & { idempotencyKey?: string } = {}): Promise<T> => {
        const headers = new Headers({ 'Content-Type': 'application/json' });
        if (extra.idempotencyKey) headers.set('Idempotency-Key', extra.idempotencyKey);
        const { json } = await httpClient(`${apiUrl}${path}`, {
            method,
            headers,
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            ...(extra.keepalive ? { keepalive: true } : {}),
        });
        return json as T;
    };
    return {
        getProgramType: key => send(`/program-templates/${id(key)}`, 'GET'),
        saveTemplateDraft: (key, definition, options) =>
            send(`/program-templates/${id(key)}/draft`, 'PUT', { definition }, { keepalive: options?.keepalive }),
        publishTemplate: key => send(`/program-templates/${id(key)}/publish`, 'POST', {}),
        getTemplateVersion: (key, version) => send(`/program-templates/${id(key)}/versions/${version}`, 'GET'),
        getProgramRecords: async programId => {
            const rows = await send<ProgramRecordRow[] | { data: ProgramRecordRow[] }>(`/programs/${id(programId)}/records`, 'GET');
            return Array.isArray(rows) ? rows : rows.data ?? [];
        },
        addProgramRecord: (programId, kind, data, idempotencyKey) =>
            send(`/programs/${id(programId)}/records`, 'POST', { kind, data }, { idempotencyKey }),
        closeStage: (programId, stageId) => send(`/programs/${id(programId)}/signals/close-stage`, 'POST', { stageId }),
        getTemplateReport: key => send(`/reports/templates/${id(key)}`, 'GET'),
        getTemplateReportCsv: async key => {
            const { body } = await httpClient(`${apiUrl}/reports/templates/${id(key)}?format=csv`, {
                headers: new Headers({ Accept: 'text/csv' }),
            });
            return body;
        },
    };
};
