import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvidenceService } from '../documents/evidence.service';
import { ProgramsCoreModule } from '../programs/programs-core.module';
import { Improvement } from './improvement.entity';
import { ImprovementsController } from './improvements.controller';

/** The improvement plans' items: their list and their status changes (with the evidence of a study done). */
@Module({
  imports: [TypeOrmModule.forFeature([Improvement]), ProgramsCoreModule],
  controllers: [ImprovementsController],
  providers: [EvidenceService],
})
export class ImprovementsModule {}
