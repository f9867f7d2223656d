import { Box, Typography } from '@mui/material';
import GroupsIcon from '@mui/icons-material/Groups';
import { CreateButton, useCanAccess, useTranslate } from 'react-admin';

/** No peer-learning event recorded yet. */
export const EventEmpty = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'events', action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', mt: 8, mx: 'auto', maxWidth: 480, px: 2 }} data-testid="events-empty">
      <GroupsIcon sx={{ fontSize: 72, color: 'text.disabled' }} />
      <Typography variant="h6" gutterBottom>
        {translate('mentorflow.events.empty_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {translate('mentorflow.events.empty_body')}
      </Typography>
      {canAccess && <CreateButton variant="contained" />}
    </Box>
  );
};
