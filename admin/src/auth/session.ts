import { isRole, type Role } from './roles';

/** The signed-in user as returned by POST /api/auth/login and GET /api/auth/me. */
export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  /** A CSO member's organisation (null for staff). */
  organizationId?: string | null;
  organizationName?: string | null;
}

// Namespaced keys so other apps on the same origin can't clash with ours.
const TOKEN_KEY = 'mentorflow.accessToken';
const USER_KEY = 'mentorflow.user';

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export const getUser = (): SessionUser | null => {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    const user = JSON.parse(raw) as Partial<SessionUser>;
    return user && user.id && isRole(user.role) ? (user as SessionUser) : null;
  } catch {
    return null; // corrupted storage: treat as signed out
  }
};

export const saveSession = (token: string, user: SessionUser): void => {
  localStorage.setItem(TOKEN_KEY, token);
  saveUser(user);
};

export const saveUser = (user: SessionUser): void => {
  localStorage.setItem(USER_KEY, JSON.stringify(user));
};

export const clearSession = (): void => {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
};
