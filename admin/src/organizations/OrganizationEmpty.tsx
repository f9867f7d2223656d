import { Box } from '@mui/material';
import ApartmentIcon from '@mui/icons-material/Apartment';
import { CreateButton, usePermissions } from 'react-admin';
import { isAllowed, type Role } from '../auth/roles';
import { ImportButton } from '../cohorts';
import { EmptyPage } from '../common/EmptyPage';

/**
 * Shown when the list has no organizations at all (not for "no match" on a filter).
 * Mentors and gender experts only see CSOs assigned to them, so for them an empty list
 * is normal and the message says how assignment happens.
 */
export const OrganizationEmpty = () => {
  const { permissions } = usePermissions<Role>();
  const canCreate = isAllowed(permissions, 'organizations', 'create');
  const prefix = canCreate ? 'manager' : 'assigned';
  return (
    <EmptyPage
      icon={ApartmentIcon}
      texts={`mentorflow.organizations.empty.${prefix}`}
      actions={
        canCreate && (
          <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center' }}>
            <CreateButton variant="contained" />
            <ImportButton variant="outlined" />
          </Box>
        )
      }
      testId="organizations-empty"
    />
  );
};
