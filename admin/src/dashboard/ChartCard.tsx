import type { ReactNode } from 'react';
import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';

interface ChartCardProps {
  title: string;
  subheader?: string;
  action?: ReactNode;
  /** Height of the chart area; lists pass none. */
  height?: number;
  empty?: boolean;
  emptyText?: string;
  children: ReactNode;
  testId?: string;
}

/** A titled card holding a chart (or a list), with an empty state. */
export const ChartCard = ({ title, subheader, action, height, empty, emptyText, children, testId }: ChartCardProps) => (
  <Card data-testid={testId} sx={{ breakInside: 'avoid', minWidth: 0 }}>
    <CardHeader
      title={title}
      subheader={subheader}
      action={action}
      slotProps={{ title: { variant: 'subtitle1', sx: { fontWeight: 600 } }, subheader: { variant: 'body2' } }}
      sx={{ pb: 0 }}
    />
    <CardContent>
      {empty ? (
        <Box
          sx={{ minHeight: height ? Math.min(height, 160) : 80, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
          data-testid={testId ? `${testId}-empty` : undefined}
        >
          <Typography variant="body2" color="text.secondary">
            {emptyText}
          </Typography>
        </Box>
      ) : height ? (
        <Box sx={{ width: '100%', height }}>{children}</Box>
      ) : (
        children
      )}
    </CardContent>
  </Card>
);
