import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { describeChanges } from '../../workflows/templates/changes';
import { checkTemplate } from '../../workflows/templates/check';
import type { TemplateDefinition, TemplateError, Text } from '../../workflows/templates/language';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import type { DesignedVocabulary } from '../common/list-filters';
import { setDesignedTypeLookup } from '../program-types/is-program-type';
import type { CreateProgramTemplateDto } from './program-template.dto';
import { isBuiltInKey } from './program-template.dto';
import { ProgramTemplate, ProgramTemplateDraft, ProgramTemplateVersion } from './program-template.entity';
import { isUniqueViolation } from '../common/pg-errors';

/** What a new type's draft starts from: named, no stages yet (the checks list what is missing). */
const emptyDefinition = (name: Text): TemplateDefinition => ({ name, genderExpert: false, stages: [], figures: [], cycles: { count: 1 } });

const versionSummary = (v: ProgramTemplateVersion) => ({
  id: v.id,
  version: v.version,
  publishedAt: v.publishedAt,
  publishedBy: v.publishedBy,
  changes: v.changes,
});

/** The refusals as the API's error shape: {<path>: message}, the first message per path. */
export function errorsByPath(errors: TemplateError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.path || 'definition'] ??= e.message;
  return out;
}

/**
 * Program templates as versioned data: one draft per type (saved as the designer works, checked
 * but never refused for being incomplete) and published versions, each checked and compiled by
 * the engine's checkTemplate and numbered previous + 1. Every write is audited (target
 * `program_template`, the key).
 */
@Injectable()
export class ProgramTemplatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trail: AuditTrail,
  ) {
    setDesignedTypeLookup(async (key) => (await this.vocabulary()).keys.includes(key) || this.exists(key));
  }

  async list() {
    const rows = (await this.db.query(
      `SELECT t.key, t.name, v.version AS "latestVersion", v.published_at AS "publishedAt", (d.template_key IS NOT NULL) AS "hasDraft",
              (SELECT count(*)::int FROM programs p WHERE p.type = t.key) AS "programCount"
         FROM program_templates t
         LEFT JOIN LATERAL (SELECT version, published_at FROM program_template_versions WHERE template_key = t.key ORDER BY version DESC LIMIT 1) v ON true
         LEFT JOIN program_template_drafts d ON d.template_key = t.key
        ORDER BY t.created_at, t.key`,
    )) as { key: string; name: Text; latestVersion: number | null; publishedAt: Date | null; hasDraft: boolean; programCount: number }[];
    return rows.map((r) => ({ id: r.key, ...r }));
  }

  async find(key: string): Promise<ProgramTemplate> {
    const t = await this.db.getRepository(ProgramTemplate).findOne({ where: { key } });
    if (!t) throw new NotFoundException(`Program type ${key} not found`);
    return t;
  }

  async get(key: string) {
    const t = await this.find(key);
    const draft = await this.db.getRepository(ProgramTemplateDraft).findOne({ where: { templateKey: key } });
    const versions = await this.db.getRepository(ProgramTemplateVersion).find({ where: { templateKey: key }, order: { version: 'DESC' } });
    return {
      id: t.key,
      key: t.key,
      name: t.name,
      createdAt: t.createdAt,
      draft: draft ? { definition: draft.definition, updatedAt: draft.updatedAt, updatedBy: draft.updatedBy } : null,
      versions: versions.map(versionSummary),
    };
  }

  async create(dto: CreateProgramTemplateDto, user: AuthUser) {
    if (isBuiltInKey(dto.key)) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { key: `${dto.key} is a built-in program type; choose another key` },
      });
    }
    const name = { en: dto.name.en, tr: dto.name.tr };
    try {
      const audited = { action: 'program_template.create', targetType: 'program_template', targetId: dto.key, details: { name } };
      await this.trail.transaction(user, audited, async (m) => {
        await m.getRepository(ProgramTemplate).insert({ key: dto.key, name, createdBy: user.id });
        await m.getRepository(ProgramTemplateDraft).insert({ templateKey: dto.key, definition: emptyDefinition(name), updatedBy: user.id });
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new ConflictException({
          statusCode: 409,
          message: `A program type with key ${dto.key} already exists`,
          errors: { key: 'key is already taken' },
        });
      throw err;
    }
    this.vocab = null;
    return this.get(dto.key);
  }

  /** The version the draft would publish as (for the checks' messages). */
  private async nextVersion(m: EntityManager, key: string): Promise<number> {
    const [{ max }] = (await m.query(
      `SELECT coalesce(max(version), 0)::int AS max FROM program_template_versions WHERE template_key = $1`,
      [key],
    )) as { max: number }[];
    return max + 1;
  }

  /** Saves the draft (even when the checks fail) and answers with what publishing would refuse. */
  async putDraft(key: string, definition: Record<string, unknown>, user: AuthUser) {
    await this.find(key);
    const audited = { action: 'program_template.draft.save', targetType: 'program_template', targetId: key, details: null };
    const saved = await this.trail.transaction(user, audited, async (m) => {
      const [row] = (await m.query(
        `INSERT INTO program_template_drafts (template_key, definition, updated_at, updated_by) VALUES ($1, $2::jsonb, now(), $3)
         ON CONFLICT (template_key) DO UPDATE SET definition = EXCLUDED.definition, updated_at = now(), updated_by = EXCLUDED.updated_by
         RETURNING definition, updated_at AS "updatedAt", updated_by AS "updatedBy"`,
        [key, JSON.stringify(definition), user.id],
      )) as { definition: Record<string, unknown>; updatedAt: Date; updatedBy: string | null }[];
      return { row, version: await this.nextVersion(m, key) };
    });
    const checked = checkTemplate(key, saved.version, definition);
    return { draft: saved.row, errors: checked.ok ? [] : checked.errors };
  }

  /**
   * Publishes the draft as version previous + 1 after checkTemplate: refused with 400 naming
   * each path (nothing stored, the refusal audited); serialised per type by the template row's lock.
   */
  async publish(key: string, user: AuthUser): Promise<{ version: number; changes: string[]; id: string }> {
    await this.find(key);
    const audited = { action: 'program_template.publish', targetType: 'program_template', targetId: key };
    // A refused publication stores nothing: its row is written after the transaction, as rejected.
    const published = (o: { refused: Record<string, string> } | { version: number; changes: string[]; id: string }) =>
      'refused' in o ? [] : { ...audited, details: { version: o.version, versionId: o.id, changes: o.changes } };
    const outcome = await this.trail.transaction(user, published, async (m) => {
      await m.query(`SELECT key FROM program_templates WHERE key = $1 FOR UPDATE`, [key]);
      const draft = await m.getRepository(ProgramTemplateDraft).findOne({ where: { templateKey: key } });
      if (!draft) return { refused: { definition: 'there is no draft to publish' } };
      const prev = await m.getRepository(ProgramTemplateVersion).findOne({ where: { templateKey: key }, order: { version: 'DESC' } });
      const version = (prev?.version ?? 0) + 1;
      const checked = checkTemplate(key, version, draft.definition);
      if (!checked.ok) return { refused: errorsByPath(checked.errors) };
      const changes = describeChanges((prev?.definition as TemplateDefinition | undefined) ?? null, checked.compiled.definition);
      const saved = await m.getRepository(ProgramTemplateVersion).save(
        m.getRepository(ProgramTemplateVersion).create({
          templateKey: key,
          version,
          definition: draft.definition,
          compiled: checked.compiled,
          changes,
          publishedBy: user.id,
        }),
      );
      return { version, changes, id: saved.id };
    });
    this.vocab = null;
    if ('refused' in outcome) {
      const errors = outcome.refused as Record<string, string>;
      const message = 'The template cannot be published: fix the places named in errors';
      throw await this.trail.refuse(
        user,
        { ...audited, details: { errors } },
        new BadRequestException({ statusCode: 400, message, errors }),
      );
    }
    return outcome;
  }

  async version(key: string, version: number) {
    const v = await this.db.getRepository(ProgramTemplateVersion).findOne({ where: { templateKey: key, version } });
    if (!v) throw new NotFoundException(`Program type ${key} has no version ${version}`);
    return {
      id: v.id,
      key: v.templateKey,
      version: v.version,
      definition: v.definition,
      compiled: v.compiled,
      changes: v.changes,
      publishedAt: v.publishedAt,
      publishedBy: v.publishedBy,
    };
  }

  /** The newest published version of a designed type, or null (not published yet / unknown key). */
  latest(key: string): Promise<ProgramTemplateVersion | null> {
    return this.db.getRepository(ProgramTemplateVersion).findOne({ where: { templateKey: key }, order: { version: 'DESC' } });
  }

  /** A published version by id; versions never change, so they are kept once read. */
  async byId(id: string): Promise<ProgramTemplateVersion | null> {
    const cached = this.versionCache.get(id);
    if (cached) return cached;
    const v = await this.db.getRepository(ProgramTemplateVersion).findOne({ where: { id } });
    if (v) {
      if (this.versionCache.size >= 200) this.versionCache.delete(this.versionCache.keys().next().value!);
      this.versionCache.set(id, v);
    }
    return v;
  }

  private readonly versionCache = new Map<string, ProgramTemplateVersion>();

  /**
   * The designed types' keys and the stage and task ids of their published versions, which list
   * filters accept. Kept for a few seconds (another API process may publish meanwhile); this
   * process's own creates and publishes refresh it at once.
   */
  async vocabulary(): Promise<DesignedVocabulary> {
    if (this.vocab && this.vocab.at > Date.now() - 5000) return this.vocab.value;
    const [keys, ids] = await Promise.all([
      this.db.query(`SELECT key FROM program_templates ORDER BY key`) as Promise<{ key: string }[]>,
      this.db.query(
        `SELECT DISTINCT s->>'id' AS stage, t->>'id' AS task
           FROM program_template_versions v
           CROSS JOIN LATERAL jsonb_array_elements(v.compiled->'definition'->'stages') s
           LEFT JOIN LATERAL jsonb_array_elements(s->'tasks') t ON true`,
      ) as Promise<{ stage: string; task: string | null }[]>,
    ]);
    const value = {
      keys: keys.map((k) => k.key),
      stages: [...new Set(ids.map((r) => r.stage))],
      taskTypes: [...new Set(ids.flatMap((r) => (r.task ? [r.task] : [])))],
    };
    this.vocab = { at: Date.now(), value };
    return value;
  }

  private vocab: { at: number; value: DesignedVocabulary } | null = null;

  /** Whether a key names a designed type (for list filters and the users' program types). */
  async exists(key: string): Promise<boolean> {
    return this.db.getRepository(ProgramTemplate).exists({ where: { key } });
  }
}
