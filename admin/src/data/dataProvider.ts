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
import { toFormError } from './serverErrors';
import { pickWritable, WRITABLE_FIELDS } from './writableFields';

/**
 * Calls that move a program's workflow. Each waits for the API (pessimistic) and rejects
 * with react-admin's HttpError, whose `body` is the API's JSON: a 400 carries
 * `body.errors = {path: message}` with paths like "elements.governance.grade" or
 * "items.2.title", which the forms put on their inputs.
 */
export interface MentorflowMethods {
    completeTask(id: string, data: TaskData | AdvocacyTaskData): Promise<{ task: TaskRecord; program: ProgramRecord }>;
    /** Advocacy: the next version of the plan (completes the open plan_drafting task; 409 once locked). */
    submitPlanDraft(programId: string, plan: AdvocacyPlan): Promise<{ task: TaskRecord; program: ProgramRecord }>;
    sendProgramSignal(
        id: string,
        name: ProgramSignal,
        body?: Record<string, unknown>
    ): Promise<{ accepted: boolean }>;
    logVisit(programId: string, visit: VisitInput): Promise<VisitRecord>;
    setPlanItemStatus(id: string, change: PlanItemStatusInput): Promise<PlanItem>;
    markNotificationRead(id: string): Promise<NotificationRecord | null>;
}

export type MentorflowDataProvider = DataProvider & MentorflowMethods & ManagerMethods;

/** The data provider with Mentorflow's workflow calls, typed. */
export const useMentorflowDataProvider = () => useDataProvider<MentorflowDataProvider>();

/**
 * The API follows react-admin's simple REST dialect, so ra-data-simple-rest does the
 * reading as-is. Writes are narrowed to the writable fields and their validation errors
 * reshaped for the form (see serverErrors.ts).
 */
export const createDataProvider = (apiUrl: string): MentorflowDataProvider => {
    const base = simpleRestProvider(apiUrl, httpClient);

    const withFormErrors = <T,>(resource: string, request: Promise<T>): Promise<T> =>
        request.catch(error => {
            throw toFormError(error, WRITABLE_FIELDS[resource]);
        });

    const post = async <T,>(path: string, body: unknown = {}, method = 'POST'): Promise<T> => {
        const { json } = await httpClient(`${apiUrl}${path}`, {
            method,
            body: JSON.stringify(body),
            headers: new Headers({ 'Content-Type': 'application/json' }),
        });
        return json as T;
    };
    const id = (value: string) => encodeURIComponent(value);

    return {
        ...base,
        ...createManagerMethods(apiUrl),
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

        completeTask: (taskId, data) => post(`/tasks/${id(taskId)}/complete`, data),
        submitPlanDraft: (programId, plan) => post(`/programs/${id(programId)}/plan-drafts`, plan),
        sendProgramSignal: (programId, name, body = {}) =>
            post(`/programs/${id(programId)}/signals/${name}`, body),
        logVisit: (programId, visit) => post(`/programs/${id(programId)}/visits`, visit),
        setPlanItemStatus: (itemId, change) => post(`/improvements/${id(itemId)}`, change, 'PUT'),
        markNotificationRead: notificationId =>
            post(`/notifications/${id(notificationId)}/read`),
    };
};
