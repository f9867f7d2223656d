import { Box, Typography } from '@mui/material';
import ApartmentIcon from '@mui/icons-material/Apartment';
import { CreateButton, usePermissions, useTranslate } from 'react-admin';
import { isAllowed, type Role } from '../auth/roles';
import { ImportButton } from '../cohorts';

/**
 * Shown when the list has no organizations at all (not for "no match" on a filter).
 * Mentors and gender experts only see CSOs assigned to them, so for them an empty list
 * is normal and the message says how assignment happens.
 */
export const OrganizationEmpty = () => {
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const canCreate = isAllowed(permissions, 'organizations', 'create');
  const prefix = canCreate ? 'manager' : 'assigned';
  return (
    <Box sx={{ textAlign: 'center', mt: 8, mx: 'auto', maxWidth: 480, px: 2 }} data-testid="organizations-empty">
      <ApartmentIcon sx={{ fontSize: 72, color: 'text.disabled' }} />
      <Typography variant="h6" gutterBottom>
        {translate(`mentorflow.organizations.empty.${prefix}_title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {translate(`mentorflow.organizations.empty.${prefix}_body`)}
      </Typography>
      {canCreate && (
        <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center' }}>
          <CreateButton variant="contained" />
          <ImportButton variant="outlined" />
        </Box>
      )}
    </Box>
  );
};
