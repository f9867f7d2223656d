import { Box, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { EmptyText, Panel } from '../programs/show/Panel';
import type { FigureDef } from '../programTypes/types';
import { useText } from '../programTypes/text';
import { formatFigure } from './formatFigure';

/** The type's computed figures for this program (from the workflow's state, else the read model). */
export const FiguresPanel = ({ figures, values }: { figures: FigureDef[]; values: Record<string, number | null> }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useText();
  return (
    <Panel title={translate('mentorflow.template_programs.figures')} testId="figures-panel">
      {figures.length === 0 ? (
        <EmptyText>{translate('mentorflow.template_programs.no_figures')}</EmptyText>
      ) : (
        <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
          {figures.map((figure) => (
            <Box key={figure.id} data-testid={`figure-${figure.id}`} data-value={values[figure.id] ?? ''}>
              <Typography variant="h4" component="div" sx={{ fontWeight: 600 }}>
                {formatFigure(values[figure.id], figure.format, locale)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {text(figure.name)}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Panel>
  );
};
