import type { ComponentType, ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface EmptyPageProps {
  icon: ComponentType<{ sx?: object }>;
  /** The texts' keys: `<texts>_title` and `<texts>_body` (or `<texts>` alone, a title, with `titleOnly`). */
  texts: string;
  titleOnly?: boolean;
  /** What one can do from here (create, import), under the text. */
  actions?: ReactNode;
  testId?: string;
}

/** A list's page when it has no record at all (not "no match" for the filters). */
export const EmptyPage = ({ icon: Icon, texts, titleOnly, actions, testId }: EmptyPageProps) => {
  const translate = useTranslate();
  const title = translate(titleOnly ? texts : `${texts}_title`);
  const body = titleOnly ? undefined : translate(`${texts}_body`);
  return (
    <Box sx={{ textAlign: 'center', mt: 8, mx: 'auto', maxWidth: 480, px: 2 }} data-testid={testId}>
      <Icon sx={{ fontSize: 72, color: 'text.disabled' }} />
      <Typography variant="h6" gutterBottom={!!body}>
        {title}
      </Typography>
      {body && (
        <Typography variant="body2" color="text.secondary" sx={actions ? { mb: 3 } : undefined}>
          {body}
        </Typography>
      )}
      {actions}
    </Box>
  );
};
