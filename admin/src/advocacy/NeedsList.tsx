import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { NeedsAssessmentData } from './domain';

/** The needs of the assessment, for the forms that answer them. `data-testid="needs-list"`. */
export const NeedsList = ({ needs }: { needs: NeedsAssessmentData | null | undefined }) => {
  const translate = useTranslate();
  if (!needs) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('mentorflow.advocacy.needs.unavailable')}
      </Typography>
    );
  }
  return (
    <Box
      component="dl"
      data-testid="needs-list"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.5 }}
    >
      {needs.needs.map((need) => (
        <Box key={need.id} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
            {need.id}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {need.description}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
