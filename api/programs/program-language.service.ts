import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { Program, type ProgramLanguage } from './program.entity';
import { ProgramReadService } from './program-read.service';
import { programTarget } from './program-target';

/**
 * The language of a program's documents. A setting of the read model, not of the workflow: no
 * workflow event, and the projection never writes this column.
 */
@Injectable()
export class ProgramLanguageService {
  constructor(
    private readonly reads: ProgramReadService,
    private readonly trail: AuditTrail,
  ) {}

  async set(id: string, language: ProgramLanguage, user: AuthUser) {
    const p = await this.reads.getVisible(id, user);
    if (p.language !== language) {
      const audited = { action: 'program.language', ...programTarget(p), details: { from: p.language, to: language } };
      await this.trail.transaction(user, audited, (m) => m.getRepository(Program).update({ id }, { language }));
    }
    // The row as read, with the one column written: no second read.
    return this.reads.toDto({ ...p, language } as Program, user);
  }
}
