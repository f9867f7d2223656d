/**
 * Working on many CSOs or programs at once: CSV import of organizations, starting a
 * cohort of programs, bulk controls on the programs list.
 */
export { OrganizationListActions, useOrganizationBulkActions } from './OrganizationListActions';
export { useProgramBulkActions } from './bulk/ProgramBulkActions';
export { ImportButton } from './ImportButton';
