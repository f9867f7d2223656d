import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface SectionProps {
  /** Translation keys of the title and of the help under it (react-admin's convention: the component translates). */
  title: string;
  help?: string;
  /** The keys' arguments, e.g. `{ version: 3 }`. */
  translateOptions?: Record<string, unknown>;
  testId?: string;
  children: ReactNode;
}

/** A titled part of a task form. */
export const Section = ({ title, help, translateOptions, testId, children }: SectionProps) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3, width: '100%' }} data-testid={testId}>
      <Typography variant="h6" component="h2" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
        {translate(title, translateOptions)}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help, translateOptions)}
        </Typography>
      )}
      {children}
    </Box>
  );
};
