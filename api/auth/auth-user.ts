import type { Role } from '../users/role';

/** What a verified token tells us about the caller (loaded fresh from the database). */
export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
}

export interface JwtPayload {
  sub: string;
  role: Role;
  /** users.token_version when the token was issued. */
  tv: number;
}
