import { proxyActivities } from '@temporalio/workflow';
import type { OnboardingActivities, OrganizationOnboardingInput, OrganizationOnboardingResult } from './contract';

const { recordOrganizationOnboarded } = proxyActivities<OnboardingActivities>({
  startToCloseTimeout: '30 seconds',
  // The database may be briefly unavailable; keep trying rather than lose the record.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Runs once per organization when it is created: records the creation in the audit log.
 * Programs reuse this step when they start (see the programs issue).
 */
export async function organizationOnboarding(input: OrganizationOnboardingInput): Promise<OrganizationOnboardingResult> {
  const { auditEntryId } = await recordOrganizationOnboarded(input);
  return { organizationId: input.organizationId, auditEntryId };
}
