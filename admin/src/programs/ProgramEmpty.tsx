import { Box, Typography } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { CreateButton, usePermissions, useTranslate } from 'react-admin';
import { isAllowed, type Role } from '../auth/roles';

/** No program at all: managers start one; mentors and gender experts wait to be assigned. */
export const ProgramEmpty = () => {
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const canCreate = isAllowed(permissions, 'programs', 'create');
  const prefix = canCreate ? 'manager' : 'assigned';
  return (
    <Box sx={{ textAlign: 'center', mt: 8, mx: 'auto', maxWidth: 480, px: 2 }} data-testid="programs-empty">
      <AccountTreeIcon sx={{ fontSize: 72, color: 'text.disabled' }} />
      <Typography variant="h6" gutterBottom>
        {translate(`mentorflow.programs.empty.${prefix}_title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {translate(`mentorflow.programs.empty.${prefix}_body`)}
      </Typography>
      {canCreate && <CreateButton variant="contained" label="mentorflow.programs.start" />}
    </Box>
  );
};
