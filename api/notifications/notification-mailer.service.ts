import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, In, IsNull } from 'typeorm';
import { AppConfigService } from '../config/app-config.service';
import { User } from '../users/user.entity';
import { Notification } from './notification.entity';

/**
 * Sends notifications by e-mail when SMTP_URL is configured. Best effort: a mail server that is
 * down must never hold up a workflow, so failures are logged and the in-app notification stays.
 */
@Injectable()
export class NotificationMailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    private readonly config: AppConfigService,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    const url = config.get('SMTP_URL');
    this.transport = url ? createTransport(url) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(ids: string[]): Promise<void> {
    if (!this.transport || !ids.length) return;
    const notes = await this.db.getRepository(Notification).find({ where: { id: In(ids), emailedAt: IsNull() } });
    const users = await this.db.getRepository(User).find({ where: { id: In([...new Set(notes.map((n) => n.userId))]), isActive: true } });
    const base = this.config.get('PUBLIC_URL').replace(/\/$/, '');
    for (const n of notes) {
      const user = users.find((u) => u.id === n.userId);
      if (!user) continue;
      const link = n.programId ? `${base}/#/programs/${n.programId}/show` : `${base}/`;
      try {
        await this.transport.sendMail({
          from: this.config.get('SMTP_FROM'),
          to: `${user.fullName} <${user.email}>`,
          subject: `Mentorflow: ${n.message.slice(0, 120)}`,
          text: `${n.message}\n\n${link}\n`,
        });
        await this.db.getRepository(Notification).update(n.id, { emailedAt: new Date() });
      } catch (err) {
        this.logger.warn(`Could not e-mail notification ${n.id} to ${user.email}: ${(err as Error).message}`);
      }
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
