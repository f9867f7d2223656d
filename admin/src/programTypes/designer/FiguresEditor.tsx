import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FigureDef, TemplateDefinition } from '../types';
import { newFigure } from './definition';
import { AddButton, PathField, PathSelect, TextPair } from './fields';
import { RemoveButton } from './RemoveButton';

/** Computed figures: a FEEL expression over the forms and records, shown on the program page and the report. */
export const FiguresEditor = ({
  definition,
  onChange,
  readOnly,
}: {
  definition: TemplateDefinition;
  onChange: (figures: FigureDef[]) => void;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const figures = definition.figures;
  const set = (index: number, figure: FigureDef) => onChange(figures.map((f, i) => (i === index ? figure : f)));
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-path="figures">
      {figures.length === 0 && (
        <Typography color="text.secondary" variant="body2">
          {translate('mentorflow.designer.no_figures')}
        </Typography>
      )}
      {figures.map((figure, index) => {
        const path = `figures[${index}]`;
        return (
          <Box
            key={index}
            data-path={path}
            data-testid="figure-editor"
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, display: 'grid', gap: 1.5 }}
          >
            <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
              <Typography variant="subtitle2">{figure.name.en || translate('mentorflow.designer.new_figure')}</Typography>
              {!readOnly && (
                <RemoveButton
                  name={figure.name.en}
                  onRemove={() => onChange(figures.filter((_, i) => i !== index))}
                  testId={`${path}.remove`}
                />
              )}
            </Box>
            <TextPair
              path={`${path}.name`}
              label={translate('mentorflow.designer.name')}
              value={figure.name}
              onChange={(name) => set(index, { ...figure, name })}
            />
            <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 1fr) minmax(0, 1fr)' } }}>
              <PathField
                path={`${path}.expression`}
                label={translate('mentorflow.designer.expression')}
                helperText={translate('mentorflow.designer.figure_help')}
                value={figure.expression}
                onChange={(expression) => set(index, { ...figure, expression })}
                slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
              />
              <PathSelect
                path={`${path}.format`}
                label={translate('mentorflow.designer.format')}
                value={figure.format}
                choices={[
                  { id: 'number', name: translate('mentorflow.designer.format_number') },
                  { id: 'percent', name: translate('mentorflow.designer.format_percent') },
                ]}
                onChange={(format) => set(index, { ...figure, format: format as FigureDef['format'] })}
              />
              <PathField
                path={`${path}.id`}
                label={translate('mentorflow.designer.id')}
                value={figure.id}
                onChange={(id) => set(index, { ...figure, id })}
              />
            </Box>
          </Box>
        );
      })}
      {!readOnly && (
        <AddButton
          label={translate('mentorflow.designer.add_figure')}
          onClick={() => onChange([...figures, newFigure(definition)])}
          testId="figures.add"
          sx={{ justifySelf: 'start' }}
        />
      )}
    </Box>
  );
};
