import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const bad = (field: string, message: string) =>
  new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { [field]: message } });

/**
 * Needs across CSOs (issue 14, item 5): the improvement areas and planned study types most
 * frequent in a cohort (the institutional programs that reached a year), so the program team
 * plans "workshops/trainings structured in parallel with the needs" (the program document).
 * Each row names the organisations, so the console can start an event with them.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class NeedsReportController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('needs')
  @Roles('admin', 'program_manager', 'mentor')
  @ApiOperation({
    summary:
      "Most frequent improvement areas (per element) and planned study types of a year's institutional programs; a mentor sees their own CSOs",
  })
  @ApiQuery({ name: 'year', required: false, example: 1 })
  @ApiQuery({ name: 'mentorId', required: false })
  async needs(@Query('year') yearRaw: string | undefined, @Query('mentorId') mentorRaw: string | undefined, @CurrentUser() user: AuthUser) {
    const year = yearRaw === undefined ? 1 : Number(yearRaw);
    if (!/^\d{1,2}$/.test(yearRaw ?? '1') || year < 1 || year > 10) throw bad('year', 'year must be a whole number from 1 to 10');
    if (mentorRaw !== undefined && !UUID.test(mentorRaw)) throw bad('mentorId', 'mentorId must be a uuid');
    const mentorId = user.role === 'mentor' ? user.id : (mentorRaw ?? null);

    // The cohort: institutional programs (not withdrawn) that reached this year.
    const cohort = `SELECT p.id, p.organization_id FROM programs p
                     WHERE p.type = 'institutional' AND p.status <> 'withdrawn' AND p.year >= $1 AND ($2::uuid IS NULL OR p.mentor_id = $2)`;
    const [{ programs }]: { programs: number }[] = await this.db.query(`SELECT count(*)::int AS programs FROM (${cohort}) c`, [
      year,
      mentorId,
    ]);
    const elements: Record<string, unknown>[] = await this.db.query(
      `WITH c AS (${cohort}),
            sa AS (SELECT c.id AS program_id, c.organization_id, e.key AS element, (e.value->>'grade')::int AS grade, coalesce(e.value->>'improvementAreas', '') AS areas
                     FROM c JOIN tasks t ON t.program_id = c.id AND t.type = 'self_assessment' AND t.year = $1 AND t.status = 'completed'
                     CROSS JOIN LATERAL jsonb_each(t.data->'elements') e),
            pl AS (SELECT c.id AS program_id, c.organization_id, i.element FROM c JOIN improvements i ON i.program_id = c.id AND i.year = $1),
            els AS (SELECT element FROM sa UNION SELECT element FROM pl)
       SELECT els.element,
              (SELECT count(DISTINCT program_id) FROM pl WHERE pl.element = els.element)::int AS "plannedCsos",
              (SELECT count(*) FROM pl WHERE pl.element = els.element)::int AS "planItems",
              (SELECT count(*) FROM sa WHERE sa.element = els.element AND btrim(sa.areas) <> '')::int AS "namedAreaCsos",
              (SELECT count(*) FROM sa WHERE sa.element = els.element AND sa.grade <= 2)::int AS "lowGradeCsos",
              (SELECT round(avg(sa.grade)::numeric, 2)::float FROM sa WHERE sa.element = els.element) AS "averageGrade",
              (SELECT coalesce(array_agg(DISTINCT o), '{}') FROM (SELECT organization_id AS o FROM pl WHERE pl.element = els.element
                                                                  UNION SELECT organization_id FROM sa WHERE sa.element = els.element AND sa.grade <= 2) x) AS "organizationIds"
         FROM els ORDER BY "plannedCsos" DESC, "lowGradeCsos" DESC, "averageGrade" ASC NULLS LAST, els.element`,
      [year, mentorId],
    );
    const studyTypes: Record<string, unknown>[] = await this.db.query(
      `WITH c AS (${cohort})
       SELECT i.study_type AS "studyType", count(*)::int AS "planItems", count(DISTINCT i.program_id)::int AS csos,
              count(*) FILTER (WHERE i.status = 'done')::int AS done, array_agg(DISTINCT c.organization_id) AS "organizationIds"
         FROM c JOIN improvements i ON i.program_id = c.id AND i.year = $1
        GROUP BY i.study_type ORDER BY csos DESC, "planItems" DESC, i.study_type`,
      [year, mentorId],
    );
    return { year, mentorId, programs, elements, studyTypes };
  }
}
