// Entry point of the workflow bundle: every workflow function the worker runs is exported here.
// Deterministic code only: nothing from api/, no I/O.
export { organizationOnboarding } from './onboarding/organization-onboarding.workflow';
export { institutionalProgram } from './institutional/institutional-program.workflow';
export { advocacyMentorship } from './advocacy/advocacy-mentorship.workflow';
export { templateProgram } from './templates/template-program.workflow';
