import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** A titled part of a task form. */
export const Section = ({ title, help, children, testId }: { title: string; help?: ReactNode; children: ReactNode; testId?: string }) => (
  <Box component="section" sx={{ mb: 3, width: '100%' }} data-testid={testId}>
    <Typography variant="h6" component="h2" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
      {title}
    </Typography>
    {help && (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {help}
      </Typography>
    )}
    {children}
  </Box>
);
