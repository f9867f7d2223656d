import { Module } from '@nestjs/common';
import { EmailOutbox } from './email-outbox.service';

/**
 * The notifications' e-mail, sent from the outbox table. Imported by the worker only: the API
 * writes notifications and must not send mail itself (a stalled SMTP server never delays it).
 */
@Module({ providers: [EmailOutbox], exports: [EmailOutbox] })
export class EmailOutboxModule {}
