import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProgramTemplatesController } from './program-templates.controller';
import { ProgramTemplatesService } from './program-templates.service';

@Module({
  imports: [AuditModule],
  controllers: [ProgramTemplatesController],
  providers: [ProgramTemplatesService],
  exports: [ProgramTemplatesService],
})
export class ProgramTemplatesModule {}
