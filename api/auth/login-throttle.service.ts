import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfigService } from '../config/app-config.service';

export interface ThrottleVerdict {
  /** The attempt is refused (429) without looking at the password. */
  blocked: boolean;
  /** This attempt is the one that reached a limit: a lockout starts (audited once). */
  lockoutStarted: boolean;
  retryAfterSeconds: number;
}

/**
 * Login throttle, counted in PostgreSQL (table login_attempts) so that it behaves the same on
 * every API replica and across restarts. Keys: the e-mail (limit LOGIN_THROTTLE_LIMIT) and the
 * client address (4x looser: an office shares one address). A window of
 * LOGIN_THROTTLE_TTL_SECONDS starts at a key's first attempt; past the limit the login answers
 * 429 until the window ends, even for the right password.
 *
 * Each attempt is counted before the password is checked, in one atomic upsert, so parallel
 * guesses (on one replica or several) cannot slip past the limit. A successful login then
 * clears its e-mail's counter and gives its address back the attempt: only failures count.
 * The database clock (now()) is the only clock used, so replicas with skewed clocks agree.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly config: AppConfigService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  private keys(email: string, ip: string) {
    return [`email:${email.toLowerCase()}`, `ip:${ip}`];
  }

  /** Counts one attempt for the e-mail and the address; says whether it must be refused. */
  async countAttempt(email: string, ip: string): Promise<ThrottleVerdict> {
    const limit = this.config.get('LOGIN_THROTTLE_LIMIT');
    const ttl = this.config.get('LOGIN_THROTTLE_TTL_SECONDS');
    const limits = [limit, limit * 4];
    const rows: { key: string; attempts: number; retry_after: number }[] = await this.db.query(
      `INSERT INTO login_attempts AS a (key, attempts, window_start)
         SELECT k, 1, now() FROM unnest($1::varchar[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN a.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE a.attempts + 1 END,
         window_start = CASE WHEN a.window_start <= now() - make_interval(secs => $2) THEN now() ELSE a.window_start END
       RETURNING key, attempts,
         GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now()))))::int AS retry_after`,
      [this.keys(email, ip), ttl],
    );
    // Housekeeping (indexed): windows that ended long ago, e.g. of e-mails tried once.
    await this.db.query(`DELETE FROM login_attempts WHERE window_start < now() - make_interval(secs => $1)`, [ttl * 2]);
    const verdict: ThrottleVerdict = { blocked: false, lockoutStarted: false, retryAfterSeconds: 0 };
    this.keys(email, ip).forEach((key, i) => {
      const row = rows.find((r) => r.key === key);
      if (!row || row.attempts <= limits[i]) return;
      verdict.blocked = true;
      if (row.attempts === limits[i] + 1) verdict.lockoutStarted = true;
      verdict.retryAfterSeconds = Math.max(verdict.retryAfterSeconds, row.retry_after);
    });
    return verdict;
  }

  tooManyAttempts(retryAfter: number): HttpException {
    return new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        message: `Too many failed login attempts; try again in ${retryAfter} seconds`,
        retryAfterSeconds: retryAfter,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  /** The password was right: the e-mail starts afresh, the address gets its attempt back. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const [emailKey, ipKey] = this.keys(email, ip);
    await this.db.query(`DELETE FROM login_attempts WHERE key = $1`, [emailKey]);
    await this.db.query(`UPDATE login_attempts SET attempts = GREATEST(attempts - 1, 0) WHERE key = $1`, [ipKey]);
  }
}
