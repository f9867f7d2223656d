import simpleRestProvider from 'ra-data-simple-rest';
import { useDataProvider, type DataProvider } from 'react-admin';
import type {
    NotificationRecord,
    PlanItem,
    ProgramRecord,
    ProgramSignal,
    TaskRecord,
    VisitRecord,
} from '../institutional/types';
import type { PlanItemStatusInput, TaskData, VisitInput } from '../institutional/domain';
import type { AdvocacyPlan, AdvocacyTaskData } from '../advocacy/domain';
import { httpClient } from './httpClient';
import { createManagerMethods, type ManagerMethods } from './managerMethods';
import type { TemplateMethods } from './templateMethods';
import { toFormError } from './serverErrors';
import { pickWritable, WRITABLE_FIELDS } from './writableFields';

/**
 * Calls that move a program's workflow. Each waits for the API (pessimistic) and rejects
 * with react-admin's HttpError, whose `body` is the API's JSON: a 400 carries
 * `body.errors = {path: message}` with paths like "elements.governance.grade" or
 * "items.2.title", which the forms put on their inputs.
 */
export interface MentorflowMethods {
    /** `idempotencyKey`: one per submission attempt, the same when it is retried (see idempotency.ts). */
    completeTask(
        id: string,
        data: TaskData | AdvocacyTaskData,
        idempotencyKey?: string
    ): Promise<{ task: TaskRecord; program: ProgramRecord }>;
    /** Advocacy: the next version of the plan (completes the open plan_drafting task; 409 once locked). */
    submitPlanDraft(
        programId: string,
        plan: AdvocacyPlan,
        idempotencyKey?: string
    ): Promise<{ task: TaskRecord; program: ProgramRecord }>;
    sendProgramSignal(
        id: string,
        name: ProgramSignal,
        body?: Record<string, unknown>
    ): Promise<{ accepted: boolean }>;
    logVisit(programId: string, visit: VisitInput & { internalNotes?: string }, idempotencyKey?: string): Promise<VisitRecord>;
    setPlanItemStatus(id: string, change: PlanItemStatusInput, idempotencyKey?: string): Promise<PlanItem>;
    /** The caller's draft of a form (task drafts: assignee only); `{data: null}` when there is none. */
    getDraft(target: DraftTarget): Promise<DraftRecord>;
    /** `keepalive`: the request outlives the page (a save while the tab closes or reloads). */
    saveDraft(target: DraftTarget, data: Record<string, unknown>, options?: { keepalive?: boolean }): Promise<DraftRecord>;
    deleteDraft(target: DraftTarget): Promise<void>;
    markNotificationRead(id: string): Promise<NotificationRecord | null>;
    /** PUT /api/programs/:id/language: the language of the program's documents. */
    setProgramLanguage(programId: string, language: 'en' | 'tr'): Promise<unknown>;
    /** The designed programs' task types among the caller's tasks (the inbox's type filter). */
    getDesignedTaskTypes(): Promise<{ id: string; name: { en: string; tr: string } }[]>;
}

/** A task form's draft, or a record dialog's under a key such as `visit:<programId>`. */
export type DraftTarget = { taskId: string } | { key: string };
export interface DraftRecord {
    data: Record<string, unknown> | null;
    updatedAt: string | null;
}

export type MentorflowDataProvider = DataProvider & MentorflowMethods & ManagerMethods & TemplateMethods;

/** The data provider with Mentorflow's workflow calls, typed. */
export const useMentorflowDataProvider = () => useDataProvider<MentorflowDataProvider>();

/**
 * The program designer's calls, fetched with the first of them: only its screens use them, and
 * the entry chunk (login, inbox) stays as small as it was.
 */
const lazyTemplateMethods = (apiUrl: string): TemplateMethods => {
    let methods: Promise<TemplateMethods> | null = null;
    const load = () => (methods ??= import('./templateMethods').then(m => m.createTemplateMethods(apiUrl)));
    const names: (keyof TemplateMethods)[] = [
        'getProgramType',
        'saveTemplateDraft',
        'publishTemplate',
        'getTemplateVersion',
        'getProgramRecords',
        'addProgramRecord',
        'closeStage',
        'getTemplateReport',
        'getTemplateReportCsv',
    ];
    return Object.fromEntries(
        names.map(name => [name, async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => unknown)(...args)])
    ) as unknown as TemplateMethods;
};

/**
 * The API follows react-admin's simple REST dialect, so ra-data-simple-rest does the
 * reading as-is. Writes are narrowed to the writable fields and their validation errors
 * reshaped for the form (see serverErrors.ts).
 */
export const createDataProvider = (apiUrl: string): MentorflowDataProvider => {
    const rest = simpleRestProvider(apiUrl, httpClient);
    // The console's "Program types" are the API's program templates.
    const API_RESOURCES: Record<string, string> = { 'program-types': 'program-templates' };
    const base = Object.fromEntries(
        Object.entries(rest).map(([name, method]) => [
            name,
            typeof method === 'function'
                ? (resource: string, ...args: unknown[]) => (method as (...a: unknown[]) => unknown)(API_RESOURCES[resource] ?? resource, ...args)
                : method,
        ])
    ) as unknown as DataProvider;

    const withFormErrors = <T,>(resource: string, request: Promise<T>): Promise<T> =>
        request.catch(error => {
            throw toFormError(error, WRITABLE_FIELDS[resource]);
        });

    const post = async <T,>(
        path: string,
        body: unknown = {},
        method = 'POST',
        idempotencyKey?: string,
        keepalive = false
    ): Promise<T> => {
        const headers = new Headers({ 'Content-Type': 'application/json' });
        if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
        const { json } = await httpClient(`${apiUrl}${path}`, {
            method,
            body: JSON.stringify(body),
            headers,
            ...(keepalive ? { keepalive } : {}),
        });
        return json as T;
    };
    const id = (value: string) => encodeURIComponent(value);
    const draftPath = (target: DraftTarget) =>
        'taskId' in target ? `/tasks/${id(target.taskId)}/draft` : `/drafts/${id(target.key)}`;

    return {
        ...base,
        ...createManagerMethods(apiUrl),
        ...lazyTemplateMethods(apiUrl),
        create: (resource, params) =>
            withFormErrors(
                resource,
                base.create(resource, { ...params, data: pickWritable(resource, params.data) })
            ),
        update: (resource, params) =>
            withFormErrors(
                resource,
                base.update(resource, { ...params, data: pickWritable(resource, params.data) })
            ),
        // A 204 has no body; react-admin still expects the deleted record back.
        delete: async (resource, params) => {
            const { data } = await base.delete(resource, params);
            return { data: data ?? params.previousData ?? { id: params.id } };
        },

        completeTask: (taskId, data, key) => post(`/tasks/${id(taskId)}/complete`, data, 'POST', key),
        submitPlanDraft: (programId, plan, key) =>
            post(`/programs/${id(programId)}/plan-drafts`, plan, 'POST', key),
        sendProgramSignal: (programId, name, body = {}) =>
            post(`/programs/${id(programId)}/signals/${name}`, body),
        logVisit: (programId, visit, key) => post(`/programs/${id(programId)}/visits`, visit, 'POST', key),
        setPlanItemStatus: (itemId, change, key) => post(`/improvements/${id(itemId)}`, change, 'PUT', key),
        getDraft: async target => (await httpClient(`${apiUrl}${draftPath(target)}`)).json as DraftRecord,
        saveDraft: (target, data, options) =>
            post(draftPath(target), { data }, 'PUT', undefined, !!options?.keepalive),
        deleteDraft: async target => {
            await httpClient(`${apiUrl}${draftPath(target)}`, { method: 'DELETE' });
        },
        markNotificationRead: notificationId =>
            post(`/notifications/${id(notificationId)}/read`),
        setProgramLanguage: (programId, language) => post(`/programs/${id(programId)}/language`, { language }, 'PUT'),
        getDesignedTaskTypes: async () => (await httpClient(`${apiUrl}/tasks/types`)).json,
    };
};
