import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { AppConfigService } from '../config/app-config.service';
import { UsersService } from '../users/users.service';
import type { AuthUser, JwtPayload } from './auth-user';
import { LoginThrottleService } from './login-throttle.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
    private readonly config: AppConfigService,
  ) {}

  async login(email: string, password: string, ip: string) {
    this.throttle.assertAllowed(email, ip);
    const user = await this.users.findForLogin(email);
    // One generic message for unknown e-mail and wrong password, so accounts cannot be enumerated.
    const ok = user?.isActive ? await argon2.verify(user.passwordHash, password).catch(() => false) : false;
    if (!user || !ok) {
      this.throttle.recordFailure(email, ip);
      throw new UnauthorizedException('Invalid email or password');
    }
    this.throttle.recordSuccess(email);
    const payload: JwtPayload = { sub: user.id, role: user.role };
    const expiresIn = this.config.get('JWT_EXPIRES_IN_SECONDS');
    const accessToken = await this.jwt.signAsync(payload, { expiresIn });
    const authUser: AuthUser = { id: user.id, email: user.email, fullName: user.fullName, role: user.role };
    return { accessToken, expiresIn, user: authUser };
  }
}
