import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Program } from './program.entity';
import { ProgramReadService } from './program-read.service';
import { WorkflowGateway } from './workflow-gateway';

/**
 * What every domain of a program builds on: reading a program as its viewer may see it, and the
 * one gateway that sends (and audits) updates and signals to its workflow. The domains above it
 * (tasks, visits, improvements, documents, resources) import this, not ProgramsModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Program]), AuditModule],
  providers: [ProgramReadService, WorkflowGateway],
  exports: [ProgramReadService, WorkflowGateway],
})
export class ProgramsCoreModule {}
