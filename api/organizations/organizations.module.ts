import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OnboardingStarter } from './onboarding.starter';
import { OrganizationImportService } from './organization-import.service';
import { Organization } from './organization.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization]), AuditModule],
  controllers: [OrganizationsController],
  providers: [OrganizationsService, OnboardingStarter, OrganizationImportService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
