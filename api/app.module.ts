import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { consoleStaticOptions } from './console-static';
import { AppConfigModule } from './config/config.module';
import type { AppConfig } from './config/config.schema';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ProgramsModule } from './programs/programs.module';
import { TasksModule } from './tasks/tasks.module';
import { VisitsModule } from './visits/visits.module';
import { ImprovementsModule } from './improvements/improvements.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProgramTemplatesModule } from './program-templates/program-templates.module';
import { ReportsModule } from './reports/reports.module';
import { EventsModule } from './events/events.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DocumentsModule } from './documents/documents.module';
import { ResourcesModule } from './resources/resources.module';
import { TemporalModule } from './temporal/temporal.module';
import { UsersModule } from './users/users.module';
import { CsoModule } from './cso/cso.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    // In embedded mode this API also serves the built console at "/".
    const consoleFiles = config.ADMIN_DIST_DIR ? [ServeStaticModule.forRoot(consoleStaticOptions(config.ADMIN_DIST_DIR))] : [];
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule,
        TemporalModule,
        AuditModule,
        AuthModule,
        UsersModule,
        OrganizationsModule,
        ProgramTemplatesModule,
        ProgramsModule,
        TasksModule,
        VisitsModule,
        ImprovementsModule,
        NotificationsModule,
        ReportsModule,
        EventsModule,
        DashboardModule,
        DocumentsModule,
        ResourcesModule,
        CsoModule,
        HealthModule,
        IdempotencyModule,
        ...consoleFiles,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
