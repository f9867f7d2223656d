import type { Role } from '../users/role';

/** What a verified token tells us about the caller (loaded fresh from the database). */
export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  /** The organisation of a cso_member; null for staff. */
  organizationId: string | null;
}

export interface JwtPayload {
  sub: string;
  role: Role;
  /** users.token_version when the token was issued. */
  tv: number;
}
