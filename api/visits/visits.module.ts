import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgramsCoreModule } from '../programs/programs-core.module';
import { Visit } from './visit.entity';
import { VisitsController } from './visits.controller';
import { VisitsService } from './visits.service';

/** The visits of programs: their list, and logging one (POST /programs/:id/visits, in ProgramsController). */
@Module({
  imports: [TypeOrmModule.forFeature([Visit]), ProgramsCoreModule],
  controllers: [VisitsController],
  providers: [VisitsService],
  exports: [VisitsService],
})
export class VisitsModule {}
