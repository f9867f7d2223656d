import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DocumentsModule } from '../documents/documents.module';
import { ProgramsCoreModule } from '../programs/programs-core.module';
import { ProgramResource, Resource } from './resource.entity';
import { ResourcesController } from './resources.controller';

/** The resource library and the resources shared with programs (issue 14, item 2). */
@Module({
  imports: [TypeOrmModule.forFeature([Resource, ProgramResource]), AuditModule, DocumentsModule, ProgramsCoreModule],
  controllers: [ResourcesController],
})
export class ResourcesModule {}
