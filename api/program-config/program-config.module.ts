import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ProgramConfigController } from './program-config.controller';
import { ProgramConfig } from './program-config.entity';
import { ProgramConfigService } from './program-config.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProgramConfig]), AuditModule],
  controllers: [ProgramConfigController],
  providers: [ProgramConfigService],
  exports: [ProgramConfigService],
})
export class ProgramConfigModule {}
