import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';

/** A report section's title with its buttons (hidden when printing). */
export const SectionHeader = ({ title, subtitle, children }: { title: string; subtitle?: string; children?: ReactNode }) => (
  <Box sx={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap', mt: 1 }}>
    <Box>
      <Typography variant="h6" component="h2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {subtitle && (
        <Typography variant="body2" color="text.secondary">
          {subtitle}
        </Typography>
      )}
    </Box>
    {children && (
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: { xs: 'wrap', md: 'nowrap' }, alignItems: 'center', '& .MuiButton-root': { whiteSpace: 'nowrap', flexShrink: 0 } }}
        data-no-print
      >
        {children}
      </Stack>
    )}
  </Box>
);
