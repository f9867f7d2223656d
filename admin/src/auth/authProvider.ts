import { HttpError, type AuthProvider } from 'react-admin';
import { httpClient } from '../data/httpClient';
import { LoginError } from './LoginError';
import { isAllowed, isRole } from './roles';
import { clearSession, getToken, getUser, saveSession, saveUser, type SessionUser } from './session';

interface Credentials {
  email?: string;
  password?: string;
}

/** Seconds to wait from a Retry-After header (NestJS throttler may suffix its name). */
const retryAfterSeconds = (headers: Headers): number | undefined => {
  for (const [name, value] of headers) {
    if (name.toLowerCase().startsWith('retry-after')) {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds > 0) return Math.ceil(seconds);
    }
  }
  return undefined;
};

const toSessionUser = (value: unknown): SessionUser => {
  const user = value as Partial<SessionUser> | null;
  if (!user || !user.id || !isRole(user.role)) {
    throw new Error('mentorflow.errors.unexpected_response');
  }
  return user as SessionUser;
};

export const createAuthProvider = (apiUrl: string): AuthProvider => {
  // The token /auth/me accepted during this page load: checkAuth runs on every page,
  // and one round-trip per load is enough (a later 401 goes through checkError).
  let verifiedToken: string | null = null;

  const fetchMe = async (): Promise<SessionUser> => {
    const { json } = await httpClient(`${apiUrl}/auth/me`);
    const user = toSessionUser(json);
    saveUser(user);
    return user;
  };

  return {
    async login({ email = '', password = '' }: Credentials) {
      let response: Response;
      try {
        response = await fetch(`${apiUrl}/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ email: email.trim(), password }),
        });
      } catch {
        throw new LoginError('mentorflow.errors.network');
      }
      const body = await response.json().catch(() => null);
      if (response.status === 401) {
        throw new LoginError('mentorflow.auth.invalid_credentials', {}, 401);
      }
      if (response.status === 429) {
        // The API says how long in its body; a Retry-After header works too.
        const fromBody = Number(body?.retryAfterSeconds);
        const seconds = Number.isFinite(fromBody) && fromBody > 0 ? Math.ceil(fromBody) : retryAfterSeconds(response.headers);
        throw seconds
          ? new LoginError('mentorflow.auth.throttled_seconds', { seconds }, 429)
          : new LoginError('mentorflow.auth.throttled', {}, 429);
      }
      if (!response.ok || typeof body?.accessToken !== 'string') {
        throw new LoginError('ra.auth.sign_in_error', {}, response.status);
      }
      saveSession(body.accessToken, toSessionUser(body.user));
      verifiedToken = body.accessToken;
    },

    async logout() {
      const token = getToken();
      verifiedToken = null;
      clearSession();
      // The API revokes the token (and the user's other tokens). Best effort: after a 401
      // the token is already dead, and an unreachable API must not keep anyone signed in.
      if (token) {
        await fetch(`${apiUrl}/auth/logout`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        }).catch(() => undefined);
      }
    },

    async checkAuth() {
      const token = getToken();
      // No token: go to the login page without an error toast (first visit).
      if (!token) throw { message: false };
      if (token === verifiedToken && getUser()) return;
      try {
        await fetchMe();
        verifiedToken = token;
      } catch (error) {
        if (error instanceof HttpError && error.status === 401) {
          clearSession();
          throw { message: 'ra.notification.logged_out' };
        }
        // API down or 5xx: keep the session; the pages will report the outage.
        if (!getUser()) throw { message: 'ra.auth.auth_check_error' };
      }
    },

    async checkError(error: { status?: number } | undefined) {
      // 401: expired or revoked token -> react-admin logs out (and clears the session).
      if (error?.status === 401) throw new Error('ra.notification.logged_out');
      // 403 (wrong role, not your CSO) and everything else: stay signed in,
      // the caller shows the server's message.
    },

    async getIdentity() {
      const user = getUser() ?? (await fetchMe());
      return { id: user.id, fullName: user.fullName, email: user.email, role: user.role, organizationId: user.organizationId ?? null };
    },

    async getPermissions() {
      return getUser()?.role ?? null;
    },

    async canAccess({ resource, action }) {
      return isAllowed(getUser()?.role, resource, action);
    },
  };
};
