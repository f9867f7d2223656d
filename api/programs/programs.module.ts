import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DraftsModule } from '../drafts/drafts.module';
import { ImprovementsModule } from '../improvements/improvements.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgramConfigModule } from '../program-config/program-config.module';
import { ProgramTemplatesModule } from '../program-templates/program-templates.module';
import { TasksModule } from '../tasks/tasks.module';
import { VisitsModule } from '../visits/visits.module';
import { CohortService } from './cohort.service';
import { ProgramLanguageService } from './program-language.service';
import { ProgramRecordsController } from './program-records.controller';
import { ProgramRecordsService } from './program-records.service';
import { ProgramSignalsService } from './program-signals.service';
import { ProgramStartService } from './program-start.service';
import { Program } from './program.entity';
import { ProgramsController } from './programs.controller';
import { ProgramsCoreModule } from './programs-core.module';

/**
 * The programs' own routes: starting them (one or a cohort), their controls, language and
 * records. Layered above ProgramsCoreModule and the domains that hang off a program (tasks,
 * visits, improvements, notifications), so no module imports back into this one.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Program]),
    AuditModule,
    ProgramsCoreModule,
    ProgramConfigModule,
    ProgramTemplatesModule,
    DraftsModule,
    TasksModule,
    VisitsModule,
    ImprovementsModule,
    NotificationsModule,
  ],
  controllers: [ProgramsController, ProgramRecordsController],
  providers: [ProgramStartService, ProgramSignalsService, ProgramLanguageService, CohortService, ProgramRecordsService],
  exports: [ProgramStartService],
})
export class ProgramsModule {}
