import { Box, Typography } from '@mui/material';
import InboxIcon from '@mui/icons-material/Inbox';
import { usePermissions, useTranslate } from 'react-admin';
import { worksOnOwnPortfolio, type Role } from '../auth/roles';

/** No task at all (not "no match for the filters"): nothing is waiting for you. */
export const TaskEmpty = () => {
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const prefix = worksOnOwnPortfolio(permissions) ? 'mine' : 'all';
  return (
    <Box sx={{ textAlign: 'center', mt: 8, mx: 'auto', maxWidth: 480, px: 2 }} data-testid="tasks-empty">
      <InboxIcon sx={{ fontSize: 72, color: 'text.disabled' }} />
      <Typography variant="h6" gutterBottom>
        {translate(`mentorflow.tasks.empty.${prefix}_title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`mentorflow.tasks.empty.${prefix}_body`)}
      </Typography>
    </Box>
  );
};
