import { CreateButton, ExportButton, FilterButton, TopToolbar, usePermissions } from 'react-admin';
import { isAllowed, type Role } from '../auth/roles';
import { ImportButton } from './ImportButton';
import { StartProgramsButton } from './StartProgramsButton';

/** The organizations list's toolbar: react-admin's buttons plus "Import CSV" for managers. */
export const OrganizationListActions = () => {
    const { permissions } = usePermissions<Role>();
    const canCreate = isAllowed(permissions, 'organizations', 'create');
    return (
        <TopToolbar>
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
