import { Module } from '@nestjs/common';
import { ProgramTemplatesModule } from '../program-templates/program-templates.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { TemplateReportService } from './template-report.service';

@Module({ imports: [ProgramTemplatesModule], controllers: [ReportsController], providers: [ReportsService, TemplateReportService] })
export class ReportsModule {}
