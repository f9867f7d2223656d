import { Box, Typography } from '@mui/material';
import PeopleIcon from '@mui/icons-material/People';
import { CreateButton, useTranslate } from 'react-admin';

export const UserEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', mt: 8, mx: 'auto', maxWidth: 480, px: 2 }}>
      <PeopleIcon sx={{ fontSize: 72, color: 'text.disabled' }} />
      <Typography variant="h6" gutterBottom>
        {translate('mentorflow.users.empty_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {translate('mentorflow.users.empty_body')}
      </Typography>
      <CreateButton variant="contained" />
    </Box>
  );
};
