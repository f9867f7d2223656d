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
    let updatedAt = p.updatedAt;
    if (p.language !== language) {
      const audited = { action: 'program.language', ...programTarget(p), details: { from: p.language, to: language } };
      updatedAt = await this.trail.transaction(user, audited, async (m) => {
        const written = await m
          .createQueryBuilder()
          .update(Program)
          .set({ language })
          .where('id = :id', { id })
          .returning('updated_at')
          .execute();
        return (written.raw as { updated_at: Date }[])[0].updated_at;
      });
    }
    // The row as read, with the columns written (the language and its new updated_at): no second read.
    return this.reads.toDto({ ...p, language, updatedAt } as Program, user);
  }
}
