import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ProgramsCoreModule } from '../programs/programs-core.module';
import { ProgramsModule } from '../programs/programs.module';
import { DemoCsoSeeder } from './demo-cso.seeder';
import { InvitationsController, OrganizationMembersController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { MemberGradingService } from './member-grading.service';
import { ParticipationController, PlanItemProgressController, SatisfactionController } from './participation.controller';
import { FollowService } from './follow.service';
import { PlanDrafterService } from './plan-drafter.service';

/** Issue 12: CSO members, their invitations and what they do in their programs. */
@Module({
  // ProgramsModule for the demo seeder, which starts a program.
  imports: [AuditModule, AuthModule, ProgramsCoreModule, ProgramsModule],
  controllers: [
    OrganizationMembersController,
    InvitationsController,
    ParticipationController,
    PlanItemProgressController,
    SatisfactionController,
  ],
  providers: [InvitationsService, DemoCsoSeeder, MemberGradingService, PlanDrafterService, FollowService],
  exports: [MemberGradingService],
})
export class CsoModule {}
