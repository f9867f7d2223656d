import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { DataSource, IsNull } from 'typeorm';
import type { OnboardingActivities, OrganizationOnboardingInput } from '../../workflows/onboarding/contract';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Organization } from './organization.entity';

/** The row may not be committed yet when the activity first runs; give up only after this many tries. */
const MAX_ATTEMPTS_FOR_MISSING_ORG = 20;

/** Activities of the organizationOnboarding workflow, run by the worker. */
@Injectable()
export class OnboardingActivitiesService implements OnboardingActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent: a retry after a crash finds the entry it already wrote. */
  async recordOrganizationOnboarded(input: OrganizationOnboardingInput): Promise<{ auditEntryId: string }> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.getRepository(AuditEntry).findOne({
        where: { action: 'organization.onboarded', targetType: 'organization', targetId: input.organizationId },
      });
      if (existing) return { auditEntryId: existing.id };
      const org = await m.getRepository(Organization).findOne({ where: { id: input.organizationId }, withDeleted: true });
      if (!org) {
        const attempt = Context.current().info.attempt ?? 1;
        throw ApplicationFailure.create({
          message: `Organization ${input.organizationId} not found (attempt ${attempt})`,
          type: 'OrganizationNotFound',
          nonRetryable: attempt >= MAX_ATTEMPTS_FOR_MISSING_ORG,
        });
      }
      await m.getRepository(Organization).update({ id: org.id, onboardedAt: IsNull() }, { onboardedAt: new Date() });
      const entry = await this.audit.record(
        {
          actor: input.createdBy,
          action: 'organization.onboarded',
          targetType: 'organization',
          targetId: org.id,
          workflowId: Context.current().info.workflowExecution?.workflowId ?? null,
          result: 'ok',
          details: { name: input.organizationName },
        },
        m,
      );
      return { auditEntryId: entry.id };
    });
  }
}
