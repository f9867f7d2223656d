import { Module } from '@nestjs/common';
import { TotalsCompactor } from '../read-model/totals-compactor';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({ controllers: [ReportsController], providers: [ReportsService, TotalsCompactor] })
export class ReportsModule {}
