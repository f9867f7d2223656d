import type { Actor } from '../shared/actor';

export const ORGANIZATION_ONBOARDING_WORKFLOW = 'organizationOnboarding';

export const onboardingWorkflowId = (organizationId: string) => `organization-onboarding-${organizationId}`;

export interface OrganizationOnboardingInput {
  organizationId: string;
  organizationName: string;
  createdBy: Actor;
}

export interface OrganizationOnboardingResult {
  organizationId: string;
  auditEntryId: string;
}

/** Activities the onboarding workflow calls; implemented by Nest providers in api/. */
export interface OnboardingActivities {
  recordOrganizationOnboarded(input: OrganizationOnboardingInput): Promise<{ auditEntryId: string }>;
}
