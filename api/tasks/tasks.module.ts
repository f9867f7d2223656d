import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DraftsModule } from '../drafts/drafts.module';
import { Improvement } from '../improvements/improvement.entity';
import { ProgramTemplatesModule } from '../program-templates/program-templates.module';
import { ProgramsCoreModule } from '../programs/programs-core.module';
import { Task } from './task.entity';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** The tasks of programs: the inbox, one task with its form and context, and completing it. */
@Module({
  imports: [TypeOrmModule.forFeature([Task, Improvement]), AuditModule, ProgramsCoreModule, ProgramTemplatesModule, DraftsModule],
  controllers: [TasksController],
  providers: [TasksService],
  exports: [TasksService],
})
export class TasksModule {}
