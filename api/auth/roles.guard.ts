import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../users/role';
import type { AuthUser } from './auth-user';
import { CSO_OPEN, ROLES_KEY } from './auth.decorators';

/** Global guard after JwtAuthGuard: enforces @Roles(...) on handlers and controllers. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [ctx.getHandler(), ctx.getClass()]);
    const user: AuthUser | undefined = ctx.switchToHttp().getRequest().user;
    if (!roles?.length) {
      // Public routes carry no user; staff may call any route without @Roles; CSO members only marked ones.
      if (!user || user.role !== 'cso_member') return true;
      if (this.reflector.getAllAndOverride<boolean>(CSO_OPEN, [ctx.getHandler(), ctx.getClass()])) return true;
      throw new ForbiddenException('CSO members may not use this endpoint');
    }
    if (user && roles.includes(user.role)) return true;
    throw new ForbiddenException(`This action needs one of the roles: ${roles.join(', ')}`);
  }
}
