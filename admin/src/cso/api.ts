import { httpClient } from '../data/httpClient';
import type {
  CreatedInvitation,
  Feedback,
  Invitation,
  InvitationPreview,
  Member,
  MemberGradingInput,
  MemberGradingState,
  ProgressReport,
  SatisfactionReport,
  Share,
  UpcomingItem,
} from './types';

/**
 * The CSO members' calls (issue 12), beside the data provider rather than in it: only the CSO
 * view and a few panels use them, so they stay out of the entry chunk. Errors are react-admin's
 * HttpError with the API's body ({statusCode, message, errors}).
 */
const API = import.meta.env.VITE_API_URL ?? '/api';
const enc = encodeURIComponent;

const get = async <T>(path: string): Promise<T> => (await httpClient(`${API}${path}`)).json as T;
const send = async <T>(path: string, body: unknown, method = 'POST'): Promise<T> =>
  (
    await httpClient(`${API}${path}`, {
      method,
      body: JSON.stringify(body),
      headers: new Headers({ 'Content-Type': 'application/json' }),
    })
  ).json as T;

/** Public: no token is sent when there is none (the invitee is not signed in). */
export const getInvitation = (token: string) => get<InvitationPreview>(`/invitations/${enc(token)}`);
export const acceptInvitation = (token: string, password: string) =>
  send<{ accessToken: string; user: unknown }>(`/invitations/${enc(token)}/accept`, { password });

export const listInvitations = async (organizationId: string) =>
  (await get<{ data: Invitation[] }>(`/organizations/${enc(organizationId)}/invitations`)).data;
export const listMembers = async (organizationId: string) =>
  (await get<{ data: Member[] }>(`/organizations/${enc(organizationId)}/members`)).data;
export const invite = (organizationId: string, body: { email: string; fullName: string; language?: 'en' | 'tr' }) =>
  send<CreatedInvitation>(`/organizations/${enc(organizationId)}/invitations`, body);
export const revokeInvitation = (organizationId: string, invitationId: string) =>
  httpClient(`${API}/organizations/${enc(organizationId)}/invitations/${enc(invitationId)}`, { method: 'DELETE' });

export const getMemberGrading = (programId: string, year: number) =>
  get<MemberGradingState>(`/programs/${enc(programId)}/member-grading?year=${year}`);
export const askMembersToGrade = (programId: string, year: number) =>
  send<MemberGradingState>(`/programs/${enc(programId)}/member-grading`, { year });
export const saveMyGrading = (programId: string, body: MemberGradingInput) =>
  send<unknown>(`/programs/${enc(programId)}/member-grading/mine`, body, 'PUT');

export const setPlanDrafter = (programId: string, drafter: 'cso' | 'mentor') =>
  send<unknown>(`/programs/${enc(programId)}/plan-drafter`, { drafter });

export const getUpcoming = async (programId: string) => (await get<{ data: UpcomingItem[] }>(`/programs/${enc(programId)}/upcoming`)).data;

export const listProgress = async (itemId: string) => {
  const body = await get<{ data: ProgressReport[] } | ProgressReport[]>(`/improvements/${enc(itemId)}/progress`);
  return Array.isArray(body) ? body : body.data;
};
export const reportProgress = (itemId: string, body: { note: string; percent?: number }) =>
  send<ProgressReport>(`/improvements/${enc(itemId)}/progress`, body);

export const listFeedback = async (programId: string) => {
  const body = await get<{ data: Feedback[] } | Feedback[]>(`/programs/${enc(programId)}/feedback`);
  return Array.isArray(body) ? body : body.data;
};
export const giveFeedback = (
  programId: string,
  body: { about: 'visit' | 'year'; visitId?: string; year: number; rating: number; comment?: string },
) => send<Feedback>(`/programs/${enc(programId)}/feedback`, body);

export const listShares = async (programId: string) => {
  const body = await get<{ data: Share[] } | Share[]>(`/programs/${enc(programId)}/shares`);
  return Array.isArray(body) ? body : body.data;
};
export const share = (programId: string, body: { document: Share['document']; year: number }) =>
  send<Share>(`/programs/${enc(programId)}/shares`, body);

export const getSatisfaction = (filter: { type?: string; cohort?: string } = {}) => {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => !!v) as [string, string][]);
  const qs = query.toString();
  return get<SatisfactionReport>(`/reports/satisfaction${qs ? `?${qs}` : ''}`);
};

/** The API's message for a failed call (its `errors` first, naming the field). */
export const errorMessage = (error: unknown): string => {
  const body = (error as { body?: { message?: string | string[]; errors?: Record<string, string> } })?.body;
  const first = body?.errors ? Object.values(body.errors)[0] : undefined;
  const message = Array.isArray(body?.message) ? body?.message.join(', ') : body?.message;
  return first ?? message ?? (error as Error)?.message ?? String(error);
};
export const statusOf = (error: unknown): number | undefined => (error as { status?: number })?.status;
