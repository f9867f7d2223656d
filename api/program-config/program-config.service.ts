import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DEFAULT_INSTITUTIONAL_CONFIG, type InstitutionalConfig } from '../../workflows/institutional/config';
import { Checker } from '../../workflows/shared/field-errors';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ProgramConfig } from './program-config.entity';

const DURATION_KEYS = Object.keys(DEFAULT_INSTITUTIONAL_CONFIG.durations) as (keyof InstitutionalConfig['durations'])[];
const MAX_DURATION = 10 * 365 * 24 * 3600 * 1000;

/** The newest configuration is what new programs start with; running ones keep theirs. */
@Injectable()
export class ProgramConfigService {
  constructor(
    @InjectRepository(ProgramConfig) private readonly repo: Repository<ProgramConfig>,
    private readonly audit: AuditService,
  ) {}

  async current(): Promise<InstitutionalConfig> {
    const latest = await this.repo.findOne({ where: { type: 'institutional' }, order: { version: 'DESC' } });
    return latest?.config ?? DEFAULT_INSTITUTIONAL_CONFIG;
  }

  /** Saves a new version with the given durations (milliseconds); the rest is carried over. */
  async updateDurations(durations: unknown, user: AuthUser): Promise<InstitutionalConfig> {
    const c = new Checker();
    if (c.object('durations', durations)) {
      c.noUnknownKeys('durations', durations, DURATION_KEYS);
      for (const [k, v] of Object.entries(durations)) {
        if (DURATION_KEYS.includes(k as never)) c.int(`durations.${k}`, v, 1000, MAX_DURATION);
      }
    }
    if (!c.ok) throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: c.errors });
    return this.repo.manager.transaction(async (m) => {
      const repo = m.getRepository(ProgramConfig);
      const latest = await repo.findOne({ where: { type: 'institutional' }, order: { version: 'DESC' }, lock: { mode: 'pessimistic_write' } });
      const base = latest?.config ?? DEFAULT_INSTITUTIONAL_CONFIG;
      const version = Math.max(base.version, latest?.version ?? 0) + 1;
      const config: InstitutionalConfig = { ...base, version, durations: { ...base.durations, ...(durations as object) } };
      await repo.save(repo.create({ type: 'institutional', version, config, createdBy: user.id }));
      await this.audit.record(
        { actor: user, action: 'config.update', targetType: 'program_config', targetId: `institutional:v${version}`, result: 'ok', details: { durations } },
        m,
      );
      return config;
    });
  }
}
