import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from './audit.service';

/** Where a 403 is worth an audit entry: someone reached for programs or tasks not theirs. */
const AUDITED = /^\/api\/(programs|tasks)(\/|\?|$)/;

/**
 * Writes an `access.denied` audit entry for each 403 on programs and tasks (wrong role, or a
 * program outside the caller's portfolio), with who, the method and path, and the reason.
 */
@Injectable()
export class AccessDeniedAudit {
  private readonly logger = new Logger('Audit');

  constructor(private readonly audit: AuditService) {}

  async record(req: Request & { user?: AuthUser }, message: string): Promise<void> {
    const path = req.originalUrl ?? req.url;
    if (!AUDITED.test(path)) return;
    const [, resource, rest] = /^\/api\/(\w+)\/?([^/?]*)/.exec(path) ?? [];
    try {
      await this.audit.record({
        actor: req.user ?? null,
        action: 'access.denied',
        targetType: resource === 'tasks' ? 'task' : 'program',
        targetId: rest ? rest.slice(0, 200) : null,
        result: 'rejected',
        details: { method: req.method, path: path.split('?')[0].slice(0, 500), reason: message.slice(0, 500) },
      });
    } catch (err) {
      // The 403 still goes out; a lost audit entry is logged, never a 500.
      this.logger.error(`could not audit a 403: ${(err as Error).message}`);
    }
  }
}
