import { useState } from 'react';
import { Box, Button, Chip, Collapse, Paper, Typography } from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { TextInput, required, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import type { InstitutionalConfig } from './types';

const validateName = [required()];

interface ElementEditorProps {
  index: number;
  element: InstitutionalConfig['elements'][number];
  grades: number[];
}

/** Pairs of English / Turkish inputs side by side. */
const Bilingual = ({ source, label, multiline }: { source: string; label: string; multiline?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      {(['en', 'tr'] as const).map((lang) => (
        <TextInput
          key={lang}
          source={`${source}.${lang}`}
          label={`${translate(label)} (${lang.toUpperCase()})`}
          multiline={multiline}
          validate={label.endsWith('.name') ? validateName : undefined}
          helperText={false}
        />
      ))}
    </Box>
  );
};

/**
 * One element of the management model: its names and standard in English and Turkish,
 * and optionally its own grade descriptors (the scale's apply where left empty).
 */
export const ElementEditor = ({ index, element, grades }: ElementEditorProps) => {
  const translate = useTranslate();
  const { errors } = useFormState();
  const descriptorErrors = !!(errors.elements as Record<number, { descriptors?: unknown }> | undefined)?.[index]?.descriptors;
  const [open, setOpen] = useState(!!element.descriptors && Object.keys(element.descriptors).length > 0);
  const shown = open || descriptorErrors;
  const base = `elements.${index}`;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="config-element" data-slug={element.slug}>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '240px minmax(0, 1fr)' }, alignItems: 'start' }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5, pt: 0.5 }}>
          <Typography variant="subtitle2" component="h3" sx={{ fontFamily: 'monospace' }}>
            {index + 1}. {element.slug}
          </Typography>
          <Chip size="small" variant="outlined" label={translate(`mentorflow.element_groups.${element.group}`)} />
          <Button
            size="small"
            onClick={() => setOpen(!shown)}
            endIcon={shown ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            sx={{ px: 0, textAlign: 'left' }}
            data-testid="config-element-descriptors"
          >
            {translate('mentorflow.config.model.descriptors')}
          </Button>
        </Box>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <Bilingual source={`${base}.name`} label="mentorflow.config.model.name" />
          <Bilingual source={`${base}.standard`} label="mentorflow.config.model.standard" multiline />
        </Box>
      </Box>
      <Collapse in={shown}>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ my: 1 }}>
          {translate('mentorflow.config.model.descriptors_help')}
        </Typography>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          {grades.map((grade) => (
            <Box
              key={grade}
              sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '32px 1fr 1fr' }, alignItems: 'center' }}
            >
              <Typography variant="subtitle2">{grade}</Typography>
              {(['en', 'tr'] as const).map((lang) => (
                <TextInput
                  key={lang}
                  source={`${base}.descriptors.${grade}.${lang}`}
                  label={`${translate('mentorflow.config.grades.descriptor')} (${lang.toUpperCase()})`}
                  helperText={false}
                />
              ))}
            </Box>
          ))}
        </Box>
      </Collapse>
    </Paper>
  );
};
