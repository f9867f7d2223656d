import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { AuditTrail } from '../audit/audit-trail';
import { AppConfigService } from '../config/app-config.service';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { AuthUser, JwtPayload } from './auth-user';
import { LoginThrottleService } from './login-throttle.service';

@Injectable()
export class AuthService {
  /** Verified when the account does not exist, so both answers take one argon2 verification. */
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
    private readonly config: AppConfigService,
    private readonly trail: AuditTrail,
  ) {}

  private dummy(): Promise<string> {
    this.dummyHash ??= argon2.hash(`no-such-account-${Math.random()}`);
    return this.dummyHash;
  }

  async login(email: string, password: string, ip: string) {
    const verdict = await this.throttle.countAttempt(email, ip);
    if (verdict.blocked) {
      const action = verdict.lockoutStarted ? 'auth.lockout' : 'auth.login';
      const details = { email, ip, reason: 'throttled', retryAfterSeconds: verdict.retryAfterSeconds };
      throw await this.trail.refuse(
        null,
        { action, targetType: 'user', details },
        this.throttle.tooManyAttempts(verdict.retryAfterSeconds),
      );
    }
    const user = await this.users.findForLogin(email);
    // Always one argon2 verification (a dummy hash for unknown e-mails): the answer takes the same
    // time whether or not the account exists, and says the same thing.
    const verified = await argon2.verify(user?.passwordHash ?? (await this.dummy()), password).catch(() => false);
    const ok = !!user && user.isActive && verified;
    if (!user || !ok) {
      const details = { email, ip, reason: !user ? 'unknown account' : !user.isActive ? 'deactivated' : 'wrong password' };
      const audited = { action: 'auth.login', targetType: 'user', targetId: user?.id ?? null, details };
      throw await this.trail.refuse(null, audited, new UnauthorizedException('Invalid email or password'));
    }
    await this.throttle.recordSuccess(email, ip);
    const session = await this.session(user);
    await this.trail.note(session.user, { action: 'auth.login', targetType: 'user', targetId: user.id, details: { ip } });
    return session;
  }

  /** The login answer for a verified user (also after accepting an invitation): token + user. */
  async session(user: Pick<User, 'id' | 'email' | 'fullName' | 'role' | 'organizationId' | 'tokenVersion'>) {
    const payload: JwtPayload = { sub: user.id, role: user.role, tv: user.tokenVersion };
    const expiresIn = this.config.get('JWT_EXPIRES_IN_SECONDS');
    const accessToken = await this.jwt.signAsync(payload, { expiresIn });
    const authUser: AuthUser = {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      organizationId: user.organizationId ?? null,
    };
    return { accessToken, expiresIn, user: await this.users.describe(authUser) };
  }

  /** Ends every session of the user: tokens issued before now stop working. */
  async logout(user: AuthUser): Promise<void> {
    await this.users.revokeTokens(user.id);
    await this.trail.note(user, { action: 'auth.logout', targetType: 'user', targetId: user.id });
  }
}
