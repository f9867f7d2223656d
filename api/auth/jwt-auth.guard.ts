import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { UsersService } from '../users/users.service';
import type { JwtPayload } from './auth-user';
import { IS_PUBLIC } from './auth.decorators';

/**
 * Global guard: every route needs a valid Bearer token unless marked @Public().
 * The user is re-read on each request so a deactivated account loses access at once, and a
 * token issued before the user's last logout or password change (token version) is refused.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    if (isPublic) return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: unknown }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('Missing Bearer token');
    let payload: JwtPayload;
    try {
      payload = await this.jwt.verifyAsync<JwtPayload>(token);
    } catch (err) {
      const expired = (err as Error).name === 'TokenExpiredError';
      throw new UnauthorizedException(expired ? 'Token expired; please log in again' : 'Invalid token');
    }
    const user = await this.users.findActiveById(payload.sub);
    if (!user) throw new UnauthorizedException('Account not found or deactivated');
    // Logout, a password change and a deactivation bump the version: older tokens are dead.
    if (payload.tv !== user.tokenVersion) throw new UnauthorizedException('Token revoked; please log in again');
    req.user = { id: user.id, email: user.email, fullName: user.fullName, role: user.role, organizationId: user.organizationId ?? null };
    return true;
  }
}
