import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ProgramsModule } from '../programs/programs.module';
import { DemoCsoSeeder } from './demo-cso.seeder';
import { InvitationsController, OrganizationMembersController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/** Issue 12: CSO members, their invitations and what they do in their programs. */
@Module({
  imports: [AuditModule, AuthModule, ProgramsModule],
  controllers: [OrganizationMembersController, InvitationsController],
  providers: [InvitationsService, DemoCsoSeeder],
})
export class CsoModule {}
