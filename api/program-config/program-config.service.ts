import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DEFAULT_ADVOCACY_CONFIG, type AdvocacyConfig } from '../../workflows/advocacy/config';
import { DEFAULT_INSTITUTIONAL_CONFIG, type InstitutionalConfig } from '../../workflows/institutional/config';
import type { ProgramType } from '../../workflows/programs/types';
import { Checker } from '../../workflows/shared/field-errors';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { BUILT_IN_TYPES } from '../program-types/built-in-types';
import { MAX_DURATION, MIN_DURATION } from './durations.validation';
import { validateModelChange } from './model-config.validation';
import { ProgramConfig } from './program-config.entity';

export interface ConfigChange {
  durations?: unknown;
  mentorLimit?: unknown;
  elements?: unknown;
  principles?: unknown;
  gradeScale?: unknown;
  studyTypes?: unknown;
}

export interface ProgramConfigs {
  institutional: InstitutionalConfig;
  advocacy: AdvocacyConfig;
}
const DEFAULTS: ProgramConfigs = { institutional: DEFAULT_INSTITUTIONAL_CONFIG, advocacy: DEFAULT_ADVOCACY_CONFIG };

/** The newest configuration is what new programs start with; running ones keep theirs. */
@Injectable()
export class ProgramConfigService {
  constructor(
    @InjectRepository(ProgramConfig) private readonly repo: Repository<ProgramConfig>,
    private readonly trail: AuditTrail,
  ) {}

  async current<T extends ProgramType>(type: T): Promise<ProgramConfigs[T]> {
    const latest = await this.repo.findOne({ where: { type }, order: { version: 'DESC' } });
    return (latest?.config as ProgramConfigs[T] | undefined) ?? DEFAULTS[type];
  }

  /** Every saved version, newest first (the defaults are version 1 until the first edit). */
  async versions(type: ProgramType) {
    const rows = await this.repo.find({ where: { type }, order: { version: 'DESC' }, take: 200 });
    return rows.map((r) => ({ version: r.version, createdAt: r.createdAt, createdBy: r.createdBy, config: r.config }));
  }

  /**
   * Saves a new version with the given durations (milliseconds) and, for advocacy, the mentor
   * limit; everything else is carried over. Running programs keep the version they started with.
   */
  async update(type: ProgramType, change: ConfigChange, user: AuthUser): Promise<ProgramConfigs[ProgramType]> {
    const keys = Object.keys(DEFAULTS[type].durations);
    const rules = BUILT_IN_TYPES[type].config!;
    const c = new Checker();
    const modelKeys = ['elements', 'principles', 'gradeScale', 'studyTypes'] as const;
    const model = Object.fromEntries(modelKeys.filter((k) => change[k] !== undefined).map((k) => [k, change[k]]));
    if (Object.keys(model).length) {
      if (rules.model) validateModelChange(c, model, await this.current('institutional'));
      else for (const k of Object.keys(model)) c.fail(k, `${k} applies to the institutional program only`);
    }
    if (change.durations !== undefined && c.object('durations', change.durations)) {
      c.noUnknownKeys('durations', change.durations, keys);
      for (const [k, v] of Object.entries(change.durations)) if (keys.includes(k)) c.int(`durations.${k}`, v, MIN_DURATION, MAX_DURATION);
      if (c.ok) {
        const merged = { ...(await this.current(type)).durations, ...change.durations } as Record<string, number>;
        rules.durationRelations(c, merged, new Set(Object.keys(change.durations)));
      }
    }
    if (change.mentorLimit !== undefined) {
      if (rules.mentorLimit) c.int('mentorLimit', change.mentorLimit, 1, 50);
      else c.fail('mentorLimit', 'mentorLimit applies to advocacy only');
    }
    if (!c.ok) throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: c.errors });
    const audited = (config: ProgramConfigs[ProgramType]) => ({
      action: 'config.update',
      targetType: 'program_config',
      targetId: `${type}:v${config.version}`,
      details: { ...change },
    });
    return this.trail.transaction(user, audited, async (m) => {
      const repo = m.getRepository(ProgramConfig);
      const latest = await repo.findOne({ where: { type }, order: { version: 'DESC' }, lock: { mode: 'pessimistic_write' } });
      const base = (latest?.config as ProgramConfigs[ProgramType] | undefined) ?? DEFAULTS[type];
      const version = Math.max(base.version, latest?.version ?? 0) + 1;
      const config = {
        ...base,
        version,
        ...model,
        durations: { ...base.durations, ...((change.durations as object) ?? {}) },
        ...(change.mentorLimit !== undefined ? { mentorLimit: change.mentorLimit as number } : {}),
      } as ProgramConfigs[ProgramType];
      await repo.save(repo.create({ type, version, config: config as InstitutionalConfig, createdBy: user.id }));
      return config;
    });
  }
}
