/**
 * The program pages of every type in one lazy chunk (programs/registry.tsx): the task pages,
 * which read the registry for their forms, do not download them, and one chunk instead of three
 * keeps the shared chunks of the console as they were (each lazy root splits them further).
 */
export { InstitutionalProgramPage } from '../institutional/show/InstitutionalProgramPage';
export { AdvocacyProgramPageWithBanner } from '../advocacy/show/AdvocacyProgramPageWithBanner';
export { TemplateProgramPage } from '../templatePrograms/TemplateProgramPage';
