import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TemplateDefinition, Text } from '../../workflows/templates/language';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { csvCell } from './reports.csv';

type Row = Record<string, unknown>;
const ENDED: Record<string, Text> = { completed: { en: 'Completed', tr: 'Tamamlandı' }, withdrawn: { en: 'Withdrawn', tr: 'Ayrıldı' } };

/**
 * The generic report of a designed program type, from the read model: programs by stage, tasks
 * done / open / overdue, records by kind, and the template's computed figures (the average over
 * the programs that have a value). Names come from the latest published version, stages and kinds
 * only older versions had from theirs.
 */
@Injectable()
export class TemplateReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly templates: ProgramTemplatesService,
  ) {}

  /** Every published definition, newest first (names and figure ids are looked up in this order). */
  private async definitions(key: string): Promise<TemplateDefinition[]> {
    await this.templates.find(key);
    const rows = (await this.db.query(
      `SELECT compiled->'definition' AS def FROM program_template_versions WHERE template_key = $1 ORDER BY version DESC`,
      [key],
    )) as { def: TemplateDefinition }[];
    return rows.map((r) => r.def);
  }

  async report(key: string) {
    const defs = await this.definitions(key);
    const q = <T = Row>(sql: string) => this.db.query(sql, [key]) as Promise<T[]>;
    const stageName = (id: string): Text => ENDED[id] ?? defs.flatMap((d) => d.stages).find((s) => s.id === id)?.name ?? { en: id, tr: id };
    const stages = await q<{ stage: string; n: number }>(`SELECT stage, count(*)::int AS n FROM programs WHERE type = $1 GROUP BY stage`);
    const order = [
      ...new Set([...defs.flatMap((d) => d.stages.map((s) => s.id)), 'completed', 'withdrawn', ...stages.map((s) => s.stage)]),
    ];
    const [tasks] = await q<{ done: number; open: number; overdue: number }>(
      `SELECT count(*) FILTER (WHERE t.status = 'completed')::int AS done, count(*) FILTER (WHERE t.status = 'open')::int AS open,
              count(*) FILTER (WHERE t.status = 'open' AND t.overdue)::int AS overdue
         FROM tasks t JOIN programs p ON p.id = t.program_id WHERE p.type = $1`,
    );
    const records = await q<{ kind: string; n: number }>(
      `SELECT r.kind, count(*)::int AS n FROM program_records r JOIN programs p ON p.id = r.program_id WHERE p.type = $1 GROUP BY r.kind`,
    );
    const kinds = [
      ...new Map([...defs].reverse().flatMap((d) => d.stages.flatMap((s) => s.records.map((r) => [r.id, r.name] as const)))).entries(),
    ];
    const figureDefs = [...new Map([...defs].reverse().flatMap((d) => d.figures.map((f) => [f.id, f] as const))).values()];
    const figures = await q<Row>(
      `SELECT f.key AS id, avg((f.value #>> '{}')::numeric)::float8 AS average, count(*)::int AS n
         FROM programs p CROSS JOIN LATERAL jsonb_each(coalesce(p.details->'figures', '{}'::jsonb)) f
        WHERE p.type = $1 AND jsonb_typeof(f.value) = 'number' GROUP BY f.key`,
    );
    return {
      key,
      programsByStage: order
        .filter((id) => stages.some((s) => s.stage === id) || !ENDED[id])
        .map((id) => ({ stage: id, name: stageName(id), count: stages.find((s) => s.stage === id)?.n ?? 0 })),
      tasks: { done: tasks?.done ?? 0, open: tasks?.open ?? 0, overdue: tasks?.overdue ?? 0 },
      recordsByKind: kinds.map(([kind, name]) => ({ kind, name, count: records.find((r) => r.kind === kind)?.n ?? 0 })),
      figures: figureDefs.map((f) => {
        const row = figures.find((r) => r.id === f.id);
        return { id: f.id, name: f.name, format: f.format, average: row ? Number(row.average) : null, n: row ? Number(row.n) : 0 };
      }),
    };
  }

  /** One row per program: where it is, its tasks and records, its figures. */
  async csv(key: string): Promise<string> {
    const defs = await this.definitions(key);
    const kinds = [...new Set(defs.flatMap((d) => d.stages.flatMap((s) => s.records.map((r) => r.id))))];
    const figureIds = [...new Set(defs.flatMap((d) => d.figures.map((f) => f.id)))];
    const rows = (await this.db.query(
      `SELECT p.id, o.name AS organization, m.full_name AS mentor, p.status, p.stage, p.year AS cycle, p.config_version AS version, p.start_date::text AS "startDate",
              p.open_task_count AS open, p.overdue_task_count AS overdue,
              (SELECT count(*)::int FROM tasks t WHERE t.program_id = p.id AND t.status = 'completed') AS done,
              (SELECT coalesce(jsonb_object_agg(kind, n), '{}') FROM (SELECT kind, count(*)::int AS n FROM program_records r WHERE r.program_id = p.id GROUP BY kind) k) AS records,
              coalesce(p.details->'figures', '{}'::jsonb) AS figures
         FROM programs p JOIN organizations o ON o.id = p.organization_id JOIN users m ON m.id = p.mentor_id
        WHERE p.type = $1 ORDER BY o.name, p.created_at`,
      [key],
    )) as (Row & { records: Record<string, number>; figures: Record<string, unknown> })[];
    const header = [
      'programId',
      'organization',
      'mentor',
      'status',
      'stage',
      'cycle',
      'version',
      'startDate',
      'tasksDone',
      'tasksOpen',
      'tasksOverdue',
      ...kinds.map((k) => `records.${k}`),
      ...figureIds.map((f) => `figures.${f}`),
    ];
    const lines = [header.map(csvCell).join(',')];
    for (const r of rows) {
      const cells = [
        r.id,
        r.organization,
        r.mentor,
        r.status,
        r.stage,
        r.cycle,
        r.version,
        r.startDate,
        r.done,
        r.open,
        r.overdue,
        ...kinds.map((k) => r.records[k] ?? 0),
        ...figureIds.map((f) => r.figures[f] ?? ''),
      ];
      lines.push(cells.map((c) => csvCell(c === null || c === undefined ? '' : String(c))).join(','));
    }
    return lines.join('\n') + '\n';
  }
}
