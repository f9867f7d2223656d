import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AppConfigModule } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DatabaseModule } from '../database/database.module';
import { OnboardingActivitiesService } from '../organizations/onboarding.activities';
import { Organization } from '../organizations/organization.entity';
import { ProgramActivitiesService } from '../programs/program-activities.service';
import { EmailOutboxModule } from '../notifications/email-outbox.module';
import { ProgramProjectionService } from '../programs/program-projection.service';

/** The worker's Nest application context: activities are ordinary providers. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [AppConfigModule.forRoot(config), DatabaseModule, AuditModule, EmailOutboxModule, TypeOrmModule.forFeature([Organization])],
      providers: [OnboardingActivitiesService, ProgramActivitiesService, ProgramProjectionService],
    };
  }
}
