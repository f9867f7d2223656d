import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AppConfigService } from '../config/app-config.service';

interface Claimed {
  id: string;
  message: string;
  program_id: string | null;
  email_attempts: number;
  email: string | null;
  full_name: string | null;
  /** Its own link (an invitation), else the program's page. */
  link: string | null;
}

const BATCH = 20;
const MAX_ATTEMPTS = 8;
/** While a worker sends a claimed mail, no other worker takes it (and a crashed one's claim expires). */
const LEASE_SECONDS = 120;

/**
 * Sends notification e-mail from the notifications table (the outbox), after the action that
 * wrote them has committed: a slow or stalled SMTP server delays mail, never a program. Runs in
 * the worker; several workers share the outbox safely (rows are claimed with SKIP LOCKED and a
 * lease). A mail is marked sent exactly once; a worker that dies between sending and marking may
 * send that one mail again after the lease (at least once, never lost).
 */
@Injectable()
export class EmailOutbox implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly config: AppConfigService,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    const url = config.get('SMTP_URL');
    const timeout = config.get('SMTP_TIMEOUT_MS');
    this.transport = url
      ? createTransport({ url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout * 2 } as Parameters<
          typeof createTransport
        >[0])
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.kick(), this.config.get('EMAIL_OUTBOX_INTERVAL_MS'));
    this.timer.unref();
    this.kick();
  }

  /** Sends what is due now (new notifications call this right after their commit). */
  kick(): void {
    if (!this.enabled || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => this.logger.warn(`E-mail outbox: ${(err as Error).message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const rows = await this.claim();
      for (const row of rows) await this.deliver(row);
      if (rows.length < BATCH || this.stopped) return;
    }
  }

  private async claim(): Promise<Claimed[]> {
    return (await this.db.query(
      `WITH due AS (
         SELECT id FROM notifications WHERE email_pending AND email_next_at <= now()
          ORDER BY email_next_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE notifications n SET email_next_at = now() + interval '${LEASE_SECONDS} seconds', email_attempts = n.email_attempts + 1
           FROM due WHERE n.id = due.id
         RETURNING n.id, n.user_id, n.message, n.program_id, n.email_attempts, n.recipient_email, n.recipient_name, n.link)
       -- A row without a user (an invitation) carries its own recipient.
       SELECT c.id, c.message, c.program_id, c.email_attempts, c.link,
              CASE WHEN c.user_id IS NULL THEN c.recipient_email ELSE u.email END AS email,
              CASE WHEN c.user_id IS NULL THEN c.recipient_name ELSE u.full_name END AS full_name
         FROM claimed c LEFT JOIN users u ON u.id = c.user_id AND u.is_active`,
    )) as Claimed[];
  }

  private async deliver(n: Claimed): Promise<void> {
    if (!n.email) {
      await this.db.query(`UPDATE notifications SET email_pending = false, email_error = 'no active recipient' WHERE id = $1`, [n.id]);
      return;
    }
    const base = this.config.get('PUBLIC_URL').replace(/\/$/, '');
    const link = n.link ?? (n.program_id ? `${base}/#/programs/${n.program_id}/show` : `${base}/`);
    try {
      await this.withDeadline(
        this.transport!.sendMail({
          from: this.config.get('SMTP_FROM'),
          to: `${n.full_name} <${n.email}>`,
          subject: `Mentorflow: ${n.message.slice(0, 120)}`,
          text: `${n.message}\n\n${link}\n`,
        }),
      );
      await this.db.query(
        `UPDATE notifications SET email_pending = false, emailed_at = now(), email_error = NULL WHERE id = $1 AND email_pending`,
        [n.id],
      );
    } catch (err) {
      const giveUp = n.email_attempts >= MAX_ATTEMPTS;
      const backoff = Math.min((2 ** (n.email_attempts - 1) * this.config.get('EMAIL_RETRY_BASE_MS')) / 1000, 3600);
      this.logger.warn(
        `Could not e-mail notification ${n.id} (attempt ${n.email_attempts}${giveUp ? ', giving up' : ''}): ${(err as Error).message}`,
      );
      await this.db.query(
        `UPDATE notifications SET email_error = $2, email_pending = $3, email_next_at = now() + make_interval(secs => $4) WHERE id = $1`,
        [n.id, (err as Error).message.slice(0, 500), !giveUp, backoff],
      );
    }
  }

  /**
   * The client's own timeouts do not cover every stall (a server that never greets is given up on,
   * but the client then waits for the connection to close): a hard deadline over the whole send.
   */
  private withDeadline<T>(p: Promise<T>): Promise<T> {
    const ms = this.config.get('SMTP_TIMEOUT_MS') * 3;
    let timer: NodeJS.Timeout;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`SMTP server gave no answer within ${ms} ms`)), ms);
    });
    return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }
}
