import type { ComponentType, ReactNode } from 'react';
import { Box, Card, Divider, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { Link, type To } from 'react-router-dom';

type Tone = 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info';

export interface StatCardProps {
  icon: ComponentType<{ fontSize?: 'large' | 'medium' }>;
  title: string;
  value: ReactNode;
  /** Where a click on the card goes (none on the printable report). */
  to?: To;
  tone?: Tone;
  /** A line under the figure, e.g. "of 42 planned". */
  caption?: ReactNode;
  children?: ReactNode;
  testId?: string;
}

/**
 * A figure with its icon, in the style of react-admin's Posters Galore dashboard cards.
 * The figure itself carries `data-testid="<testId>-value"`.
 */
export const StatCard = ({ icon: Icon, title, value, to, tone = 'primary', caption, children, testId }: StatCardProps) => {
  const body = (
    <Box
      sx={(theme) => ({
        p: 2,
        flex: 1,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 2,
        background: `linear-gradient(135deg, ${alpha(theme.palette[tone].main, 0.12)} 0%, ${alpha(theme.palette[tone].main, 0)} 60%)`,
      })}
    >
      <Box
        sx={(theme) => ({
          width: 52,
          height: 52,
          borderRadius: '50%',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          flexShrink: 0,
          color: theme.palette[tone].main,
          bgcolor: alpha(theme.palette[tone].main, 0.12),
        })}
      >
        <Icon fontSize="large" />
      </Box>
      <Box sx={{ textAlign: 'right', minWidth: 0 }}>
        <Typography color="text.secondary" variant="body2" sx={{ lineHeight: 1.3 }}>
          {title}
        </Typography>
        <Typography variant="h5" component="p" sx={{ fontWeight: 600 }} data-testid={testId ? `${testId}-value` : undefined}>
          {value}
        </Typography>
        {caption && (
          <Typography
            variant="caption"
            color="text.secondary"
            component="p"
            sx={{ lineHeight: 1.35 }}
            data-testid={testId ? `${testId}-caption` : undefined}
          >
            {caption}
          </Typography>
        )}
      </Box>
    </Box>
  );
  return (
    <Card
      sx={{
        flex: 1,
        minWidth: 0,
        display: 'flex',
        flexDirection: 'column',
        breakInside: 'avoid',
        '& a': { textDecoration: 'none', color: 'inherit', display: 'flex', flexDirection: 'column', flex: 1 },
      }}
      data-testid={testId}
    >
      {to ? <Link to={to}>{body}</Link> : body}
      {children && <Divider />}
      {children}
    </Card>
  );
};
