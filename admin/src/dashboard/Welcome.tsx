import { Box, Card, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { useFormatDate } from '../common/useFormatDate';

/** The dashboard's greeting: who is signed in, today's date and what the page shows. */
export const Welcome = ({ hint }: { hint: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { identity } = useGetIdentity();
  return (
    <Card
      sx={(theme) => ({
        color: theme.palette.primary.contrastText,
        background: `linear-gradient(120deg, ${theme.palette.primary.dark} 0%, ${theme.palette.primary.main} 55%, ${theme.palette.secondary.main} 100%)`,
        p: { xs: 2, md: 3 },
        breakInside: 'avoid',
      })}
      data-testid="dashboard-welcome"
    >
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Box>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }} gutterBottom>
            {identity?.fullName
              ? translate('mentorflow.dashboard.welcome', { name: identity.fullName })
              : translate('mentorflow.menu.dashboard')}
          </Typography>
          <Typography variant="body1" sx={{ opacity: 0.9 }}>
            {hint}
          </Typography>
        </Box>
        <Typography variant="body2" sx={{ opacity: 0.85 }}>
          {formatDate(new Date().toISOString())}
        </Typography>
      </Box>
    </Card>
  );
};
