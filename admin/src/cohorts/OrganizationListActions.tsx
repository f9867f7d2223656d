import { useMediaQuery, type Theme } from '@mui/material';
import { CreateButton, ExportButton, FilterButton, TopToolbar, usePermissions } from 'react-admin';
import { isAllowed, type Role } from '../auth/roles';
import { ImportButton } from './ImportButton';
import { PickOrganizationsButton } from './PickOrganizationsButton';
import { StartProgramsButton } from './StartProgramsButton';

/**
 * The organizations list's toolbar: react-admin's buttons plus "Import CSV" for managers. On a
 * phone (a simple list, no row checkboxes) also "Start programs", which picks the CSOs first.
 */
export const OrganizationListActions = () => {
  const { permissions } = usePermissions<Role>();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const canCreate = isAllowed(permissions, 'organizations', 'create');
  const canStart = isAllowed(permissions, 'programs', 'create');
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {isSmall && canStart && <PickOrganizationsButton />}
      <FilterButton />
      {canCreate && <CreateButton />}
      {canCreate && <ImportButton />}
      <ExportButton />
    </TopToolbar>
  );
};

/**
 * The organizations list's bulk actions ("Start programs"), or false (no checkboxes) for
 * roles that cannot start programs.
 */
export const useOrganizationBulkActions = () => {
  const { permissions } = usePermissions<Role>();
  return isAllowed(permissions, 'programs', 'create') ? <StartProgramsButton /> : false;
};
