import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { AppConfigService } from '../config/app-config.service';

interface Failures {
  count: number;
  firstAt: number;
}

/**
 * Counts failed logins per e-mail and per client address within a window; past the limit the
 * login answers 429 until the window ends. Only failures count, so a person who types the right
 * password is never locked out by their own successful logins. In-memory per API instance.
 */
@Injectable()
export class LoginThrottleService {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly config: AppConfigService) {}

  private get windowMs() {
    return this.config.get('LOGIN_THROTTLE_TTL_SECONDS') * 1000;
  }

  private keys(email: string, ip: string) {
    return [`email:${email.toLowerCase()}`, `ip:${ip}`];
  }

  /** Throws 429 when either key is over the limit. */
  assertAllowed(email: string, ip: string, now = Date.now()): void {
    const limit = this.config.get('LOGIN_THROTTLE_LIMIT');
    // The address limit is looser: several people may share an office's address.
    const limits = [limit, limit * 4];
    this.keys(email, ip).forEach((key, i) => {
      const f = this.failures.get(key);
      if (!f) return;
      if (now - f.firstAt > this.windowMs) {
        this.failures.delete(key);
        return;
      }
      if (f.count >= limits[i]) {
        const retryAfter = Math.ceil((f.firstAt + this.windowMs - now) / 1000);
        throw new HttpException(
          {
            statusCode: HttpStatus.TOO_MANY_REQUESTS,
            message: `Too many failed login attempts; try again in ${retryAfter} seconds`,
            retryAfterSeconds: retryAfter,
          },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    });
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of this.keys(email, ip)) {
      const f = this.failures.get(key);
      if (!f || now - f.firstAt > this.windowMs) this.failures.set(key, { count: 1, firstAt: now });
      else f.count += 1;
    }
  }

  recordSuccess(email: string): void {
    this.failures.delete(`email:${email.toLowerCase()}`);
  }
}
