import { Module } from '@nestjs/common';
import { ProgramTemplatesModule } from '../program-templates/program-templates.module';
import { TotalsCompactor } from '../read-model/totals-compactor';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { TemplateReportService } from './template-report.service';

@Module({
  imports: [ProgramTemplatesModule],
  controllers: [ReportsController],
  providers: [ReportsService, TemplateReportService, TotalsCompactor],
})
export class ReportsModule {}
