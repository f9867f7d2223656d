import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DraftsModule } from '../drafts/drafts.module';
import { EvidenceService } from '../documents/evidence.service';
import { Improvement } from '../improvements/improvement.entity';
import { ImprovementsController } from '../improvements/improvements.controller';
import { Notification } from '../notifications/notification.entity';
import { NotificationsController } from '../notifications/notifications.controller';
import { ProgramConfigModule } from '../program-config/program-config.module';
import { ProgramTemplatesModule } from '../program-templates/program-templates.module';
import { Task } from '../tasks/task.entity';
import { TasksController } from '../tasks/tasks.controller';
import { TasksService } from '../tasks/tasks.service';
import { Visit } from '../visits/visit.entity';
import { VisitsController } from '../visits/visits.controller';
import { Program } from './program.entity';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';
import { CohortService } from './cohort.service';
import { ProgramRecordsController } from './program-records.controller';
import { ProgramRecordsService } from './program-records.service';

/** Programs and what hangs off them: tasks, visits, improvements, notifications. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Program, Task, Improvement, Visit, Notification]),
    AuditModule,
    ProgramConfigModule,
    ProgramTemplatesModule,
    DraftsModule,
  ],
  controllers: [
    ProgramsController,
    ProgramRecordsController,
    TasksController,
    VisitsController,
    ImprovementsController,
    NotificationsController,
  ],
  providers: [ProgramsService, TasksService, CohortService, ProgramRecordsService, EvidenceService],
  exports: [ProgramsService],
})
export class ProgramsModule {}
