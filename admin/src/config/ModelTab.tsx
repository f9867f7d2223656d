import { Box, Typography } from '@mui/material';
import { TextInput, required, useTranslate } from 'react-admin';
import { ConfigForm } from './ConfigForm';
import { ElementEditor } from './ElementEditor';
import { cleanElements, cleanPrinciples } from './modelValues';
import type { InstitutionalConfig } from './types';
import { useSaveConfig } from './useConfig';

const validateName = [required()];

type ModelValues = Pick<InstitutionalConfig, 'elements' | 'principles'>;

/** The management model: the ten elements (names, standards, descriptors) and the five principles. */
export const ModelTab = ({ config }: { config: InstitutionalConfig }) => {
  const translate = useTranslate();
  const save = useSaveConfig('institutional');
  const grades: number[] = [];
  for (let g = config.gradeScale.min; g <= config.gradeScale.max; g++) grades.push(g);
  return (
    <ConfigForm<ModelValues>
      values={{ elements: config.elements, principles: config.principles }}
      version={config.version}
      onSubmit={(values) => save({ elements: cleanElements(values.elements), principles: cleanPrinciples(values.principles) })}
      testId="config-model"
    >
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }} gutterBottom>
        {translate('mentorflow.config.model.elements')}
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {config.elements.map((element, index) => (
          <ElementEditor key={element.slug} index={index} element={element} grades={grades} />
        ))}
      </Box>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 3 }} gutterBottom>
        {translate('mentorflow.config.model.principles')}
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        {config.principles.map((principle, index) => (
          <Box
            key={principle.slug}
            sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '160px 1fr 1fr' }, alignItems: 'center' }}
            data-testid="config-principle"
          >
            <Typography variant="body2" sx={{ fontFamily: 'monospace' }} color="text.secondary">
              {principle.slug}
            </Typography>
            {(['en', 'tr'] as const).map((lang) => (
              <TextInput
                key={lang}
                source={`principles.${index}.name.${lang}`}
                label={`${translate('mentorflow.config.model.name')} (${lang.toUpperCase()})`}
                validate={validateName}
                helperText={false}
              />
            ))}
          </Box>
        ))}
      </Box>
    </ConfigForm>
  );
};
