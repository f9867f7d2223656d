import {
  BadRequestException,
  ConflictException,
  Controller,
  ForbiddenException,
  Get,
  Param,
  ParseUUIDPipe,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DEFAULT_INSTITUTIONAL_CONFIG, type InstitutionalConfig } from '../../workflows/institutional/config';
import type { GenderReportData, SelfAssessmentData } from '../../workflows/institutional/task-data';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers } from '../auth/auth.decorators';
import { sharesOf } from '../cso/plan-versions';
import { ProgramReadService } from '../programs/program-read.service';
import { programTarget } from '../programs/program-target';
import { FilesService } from './files.service';
import { REPORT_LANGS, type ReportLang } from './report-texts';
import { renderSelfAssessmentPdf } from './self-assessment-pdf';

const bad = (field: string, message: string) =>
  new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { [field]: message } });

/** `lang` when given (en|tr: a copy in the other language), else the program's own language. */
export function reportLanguage(lang: string | undefined, programLanguage: ReportLang): ReportLang {
  if (lang === undefined) return programLanguage;
  if (!(REPORT_LANGS as readonly string[]).includes(lang)) throw bad('lang', 'lang must be en or tr');
  return lang as ReportLang;
}

/** A program's documents: its files (program, plan items' evidence, visits' sheets) and its self-assessment report. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('programs/:id')
export class ProgramDocumentsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly programs: ProgramReadService,
    private readonly files: FilesService,
    private readonly trail: AuditTrail,
  ) {}

  @Get('documents')
  @ApiOperation({
    summary: "Every file of a program (its own, its plan items' evidence, its visits'), and the reasons studies were done without evidence",
  })
  async documents(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    await this.programs.getVisible(id, user);
    const ids: { owner_type: string; owner_id: string }[] = await this.db.query(
      `SELECT DISTINCT owner_type, owner_id FROM files WHERE program_id = $1`,
      [id],
    );
    const byType = (t: 'program' | 'plan_item' | 'visit') => ids.filter((r) => r.owner_type === t).map((r) => r.owner_id);
    const files = [
      ...(await this.files.listUnchecked('program', byType('program'))),
      ...(await this.files.listUnchecked('plan_item', byType('plan_item'))),
      ...(await this.files.listUnchecked('visit', byType('visit'))),
    ];
    const evidence = await this.db.query(
      `SELECT improvement_id AS "improvementId", no_evidence_reason AS "noEvidenceReason", file_count AS "fileCount", recorded_at AS "recordedAt"
         FROM plan_item_evidence WHERE program_id = $1`,
      [id],
    );
    return { files, evidence };
  }

  @OpenToCsoMembers()
  @Get('reports/self-assessment')
  @ApiOperation({
    summary:
      "The year's self-assessment report of the CSO as a PDF (participants, grades with descriptors, strengths and improvement areas, gender observations, improvement plan)",
  })
  @ApiQuery({ name: 'year', required: true, example: 1 })
  @ApiQuery({ name: 'lang', required: false, enum: REPORT_LANGS, description: "defaults to the program's language" })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the report', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiConflictResponse({ description: "the year's self-assessment is not completed yet" })
  async selfAssessment(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('year') yearRaw: string | undefined,
    @Query('lang') langRaw: string | undefined,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    const program = await this.programs.getVisible(id, user);
    const year = Number(yearRaw);
    if (yearRaw === undefined || !/^\d{1,3}$/.test(yearRaw) || year < 1 || year > program.years)
      throw bad('year', `year must be a program year from 1 to ${program.years}`);
    const lang = reportLanguage(langRaw, program.language);
    if (program.type !== 'institutional') throw bad('id', 'only institutional programs have a self-assessment report');
    // A CSO member downloads the report once it was shared with the organisation (issue 12), and
    // reads the gender report in it only when that was shared too.
    const shared = user.role === 'cso_member' ? (await sharesOf(this.db, id)).filter((s) => s.year === year).map((s) => s.document) : null;
    if (shared && !shared.includes('self_assessment_report'))
      throw new ForbiddenException(`The self-assessment report of year ${year} has not been shared with your organisation`);

    const task = async <T>(type: string): Promise<T | null> => {
      const rows: { data: T }[] = await this.db.query(
        `SELECT data FROM tasks WHERE program_id = $1 AND type = $2 AND year = $3 AND status = 'completed' ORDER BY completed_at DESC LIMIT 1`,
        [id, type, year],
      );
      return rows[0]?.data ?? null;
    };
    const sa = await task<SelfAssessmentData>('self_assessment');
    if (!sa)
      throw new ConflictException({
        statusCode: 409,
        message: `The self-assessment of year ${year} is not completed yet`,
        errors: { year: 'no completed self-assessment in this year' },
      });
    const genderReport = shared && !shared.includes('gender_report') ? null : await task<GenderReportData>('gender_report');
    const items: {
      id: string;
      title: string;
      element: string;
      study_type: string;
      priority: string;
      target_date: string;
      status: string;
      no_evidence_reason: string | null;
      files: string[] | null;
    }[] = await this.db.query(
      `SELECT i.id, i.title, i.element, i.study_type, i.priority, to_char(i.target_date, 'YYYY-MM-DD') AS target_date, i.status, e.no_evidence_reason,
                (SELECT array_agg(f.name ORDER BY f.uploaded_at) FROM files f WHERE f.owner_type = 'plan_item' AND f.owner_id = i.id) AS files
           FROM improvements i LEFT JOIN plan_item_evidence e ON e.improvement_id = i.id
          WHERE i.program_id = $1 AND i.year = $2 ORDER BY i.position`,
      [id, year],
    );
    const config = (program.config as InstitutionalConfig)?.elements
      ? (program.config as InstitutionalConfig)
      : DEFAULT_INSTITUTIONAL_CONFIG;
    const pdf = await renderSelfAssessmentPdf({
      lang,
      organizationName: program.organization?.name ?? '',
      year,
      mentorName: program.mentor?.fullName ?? null,
      genderExpertName: program.genderExpert?.fullName ?? null,
      config,
      selfAssessment: sa,
      genderReport,
      plan: items.map((i) => ({
        title: i.title,
        element: i.element,
        studyType: i.study_type,
        priority: i.priority,
        targetDate: i.target_date,
        status: i.status,
        evidenceFiles: i.files ?? [],
        noEvidenceReason: i.no_evidence_reason,
      })),
      generatedAt: new Date(),
    });
    const audited = { action: 'report.self_assessment.download', ...programTarget(program) };
    await this.trail.note(user, { ...audited, details: { year, lang, size: pdf.length } });
    // ASCII file name (ı and İ have no decomposition, so they are mapped first): Güneşli -> gunesli.
    const slug =
      (program.organization?.name ?? 'cso')
        .toLocaleLowerCase('tr')
        .replace(/ı/g, 'i')
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'cso';
    res.attachment(`${lang === 'tr' ? 'oz-degerlendirme' : 'self-assessment'}-${slug}-${lang === 'tr' ? 'yil' : 'year'}-${year}.pdf`);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(pdf, { length: pdf.length });
  }
}
