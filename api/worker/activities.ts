import type { INestApplicationContext } from '@nestjs/common';
import { OnboardingActivitiesService } from '../organizations/onboarding.activities';
import { ProgramActivitiesService } from '../programs/program-activities.service';

/** Collects the activity functions from their Nest providers, bound to their instances. */
export function collectActivities(ctx: INestApplicationContext) {
  const onboarding = ctx.get(OnboardingActivitiesService);
  const programs = ctx.get(ProgramActivitiesService);
  return {
    recordOrganizationOnboarded: onboarding.recordOrganizationOnboarded.bind(onboarding),
    projectInstitutionalProgram: programs.projectInstitutionalProgram.bind(programs),
    projectAdvocacyProgram: programs.projectAdvocacyProgram.bind(programs),
    recordVisit: programs.recordVisit.bind(programs),
    notify: programs.notify.bind(programs),
  };
}
