import type { INestApplicationContext } from '@nestjs/common';
import { OnboardingActivitiesService } from '../organizations/onboarding.activities';
import { ProgramActivitiesService } from '../programs/program-activities.service';
import { ProgramProjectionService } from '../programs/program-projection.service';

/** Collects the activity functions from their Nest providers, bound to their instances. */
export function collectActivities(ctx: INestApplicationContext) {
  const onboarding = ctx.get(OnboardingActivitiesService);
  const programs = ctx.get(ProgramActivitiesService);
  const projection = ctx.get(ProgramProjectionService);
  return {
    // The delta core's local activities.
    applyFacts: projection.applyFacts.bind(projection),
    recordProjectionFailure: projection.recordProjectionFailure.bind(projection),
    // Version 1's activities (programs started before the delta core, until their year ends).
    recordOrganizationOnboarded: onboarding.recordOrganizationOnboarded.bind(onboarding),
    projectInstitutionalProgram: programs.projectInstitutionalProgram.bind(programs),
    projectAdvocacyProgram: programs.projectAdvocacyProgram.bind(programs),
    recordVisit: programs.recordVisit.bind(programs),
    notify: programs.notify.bind(programs),
  };
}
