import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

/** A titled card on the program page, with optional buttons on the right. */
export const Panel = ({ title, action, children, testId }: { title: string; action?: ReactNode; children: ReactNode; testId?: string }) => (
  <Card variant="outlined" data-testid={testId}>
    <CardContent>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1.5, minHeight: 32 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </CardContent>
  </Card>
);

export const EmptyText = ({ children, testId }: { children: ReactNode; testId?: string }) => (
  <Typography variant="body2" color="text.secondary" data-testid={testId}>
    {children}
  </Typography>
);
