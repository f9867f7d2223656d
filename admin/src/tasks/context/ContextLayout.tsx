import type { ReactNode } from 'react';
import { Accordion, AccordionDetails, AccordionSummary, Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';

/**
 * A task form with what it builds on beside it: a sticky column on wide screens, a collapsible
 * panel above the fields on narrow ones (a phone keeps the fields within reach).
 */
export const ContextLayout = ({ context, children }: { context: ReactNode; children: ReactNode }) => {
  const translate = useTranslate();
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('lg'));
  if (!context) return <>{children}</>;
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 7fr) minmax(0, 4fr)' },
        alignItems: 'start',
      }}
    >
      <Box sx={{ order: { xs: 2, lg: 1 }, minWidth: 0 }}>{children}</Box>
      <Box
        component="aside"
        aria-label={translate('mentorflow.context.title')}
        data-testid="task-context"
        sx={{
          order: { xs: 1, lg: 2 },
          position: { lg: 'sticky' },
          top: { lg: 72 },
          maxHeight: { lg: 'calc(100vh - 96px)' },
          overflowY: { lg: 'auto' },
        }}
      >
        <Accordion defaultExpanded={wide} variant="outlined" disableGutters key={wide ? 'wide' : 'narrow'}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />} data-testid="task-context-toggle">
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
              {translate('mentorflow.context.title')}
            </Typography>
          </AccordionSummary>
          <AccordionDetails sx={{ display: 'grid', gap: 2, pt: 0 }}>{context}</AccordionDetails>
        </Accordion>
      </Box>
    </Box>
  );
};
