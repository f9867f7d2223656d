import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../users/role';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'isPublic';
export const ROLES_KEY = 'roles';
export const CSO_OPEN = 'csoOpen';

/** The route needs no token (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * A route without @Roles is open to every staff role; CSO members reach only routes marked with
 * this (or listing 'cso_member' in @Roles), whose handlers scope what they answer to the member's
 * organisation (deny by default: a new endpoint is closed to them until someone decides).
 */
export const OpenToCsoMembers = () => SetMetadata(CSO_OPEN, true);

/** The authenticated user of the request. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user);
