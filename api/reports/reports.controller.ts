import { BadRequestException, Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { reportToCsv } from './reports.csv';
import { ReportsService } from './reports.service';

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
  constructor(private readonly reports: ReportsService) {}

  @Get('institutional')
  @ApiQuery({ name: 'year', required: false, example: 1 })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async institutional(@Query('year') yearRaw: string | undefined, @Query('format') f: string | undefined, @Res({ passthrough: true }) res: Response) {
    const year = yearRaw === undefined ? 1 : Number(yearRaw);
    if (!Number.isInteger(year) || year < 1 || year > 10) {
      throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { year: 'year must be a whole number from 1 to 10' } });
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

  private send(res: Response, report: Record<string, unknown>, fmt: 'json' | 'csv', name: string) {
    if (fmt === 'json') return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mentorflow-${name}.csv"`);
    return reportToCsv(report);
  }
}
