import type { INestApplicationContext } from '@nestjs/common';
import { OnboardingActivitiesService } from '../organizations/onboarding.activities';

/** Collects the activity functions from their Nest providers, bound to their instances. */
export function collectActivities(ctx: INestApplicationContext) {
  const onboarding = ctx.get(OnboardingActivitiesService);
  return {
    recordOrganizationOnboarded: onboarding.recordOrganizationOnboarded.bind(onboarding),
  };
}
