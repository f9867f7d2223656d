import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { reportToCsv } from './reports.csv';
import { ReportsService } from './reports.service';
import { TemplateReportService } from './template-report.service';

function format(f: unknown): 'json' | 'csv' {
  if (f === undefined || f === 'json') return 'json';
  if (f === 'csv') return 'csv';
  throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { format: 'format must be json or csv' } });
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
@Roles('admin', 'program_manager')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly templates: TemplateReportService,
  ) {}

  @Get('institutional')
  @ApiQuery({ name: 'year', required: false, example: 1 })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async institutional(
    @Query('year') yearRaw: string | undefined,
    @Query('format') f: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const year = yearRaw === undefined ? 1 : Number(yearRaw);
    if (!Number.isInteger(year) || year < 1 || year > 10) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { year: 'year must be a whole number from 1 to 10' },
      });
    }
    const fmt = format(f);
    const report = await this.reports.institutional(year);
    return this.send(res, report, fmt, `institutional-year-${year}`);
  }

  @Get('advocacy')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async advocacy(@Query('format') f: string | undefined, @Res({ passthrough: true }) res: Response) {
    const fmt = format(f);
    return this.send(res, await this.reports.advocacy(), fmt, 'advocacy');
  }

  /** A designed program type's report; `/reports/templates/<key>.csv` (or ?format=csv): one row per program. */
  @Get('templates/:key')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async template(@Param('key') raw: string, @Query('format') f: string | undefined, @Res({ passthrough: true }) res: Response) {
    const csv = raw.endsWith('.csv');
    const key = csv ? raw.slice(0, -4) : raw;
    const fmt = csv ? 'csv' : format(f);
    if (fmt === 'json') return this.templates.report(key);
    const body = await this.templates.csv(key);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mentorflow-${key}.csv"`);
    return body;
  }

  private send(res: Response, report: Record<string, unknown>, fmt: 'json' | 'csv', name: string) {
    if (fmt === 'json') return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mentorflow-${name}.csv"`);
    return reportToCsv(report);
  }
}
