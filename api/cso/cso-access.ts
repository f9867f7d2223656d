import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { unknownRole } from '../users/role';

/**
 * Who manages an organisation's members (invites, revokes, lists invitations): admins, program
 * managers, and a mentor of one of its programs. Exhaustive over the roles.
 */
export async function mayManageMembers(db: DataSource, user: AuthUser, organizationId: string): Promise<boolean> {
  const role = user.role;
  switch (role) {
    case 'admin':
    case 'program_manager':
      return true;
    case 'mentor': {
      const rows = (await db.query(`SELECT 1 FROM programs WHERE organization_id = $1 AND mentor_id = $2 LIMIT 1`, [
        organizationId,
        user.id,
      ])) as unknown[];
      return rows.length > 0;
    }
    case 'gender_expert':
    case 'cso_member':
      return false;
    default:
      return unknownRole(role);
  }
}

/** 404 for an unknown (or deleted) organisation, 403 when the user may not manage its members. */
export async function assertManagesMembers(
  db: DataSource,
  user: AuthUser,
  organizationId: string,
  alsoOwnMembers = false,
): Promise<string> {
  const [org] = (await db.query(`SELECT name FROM organizations WHERE id = $1 AND deleted_at IS NULL`, [organizationId])) as {
    name: string;
  }[];
  if (!org) throw new NotFoundException(`Organization ${organizationId} not found`);
  if (alsoOwnMembers && user.role === 'cso_member' && user.organizationId === organizationId) return org.name;
  if (!(await mayManageMembers(db, user, organizationId))) throw new ForbiddenException('This organisation is not in your portfolio');
  return org.name;
}
