import { Box, Typography } from '@mui/material';
import { NumberInput, TextInput, maxValue, minValue, number, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ConfigForm } from './ConfigForm';
import type { InstitutionalConfig, LocalizedText } from './types';
import { useSaveConfig } from './useConfig';

const validateMin = [required(), number(), minValue(0), maxValue(1)];
const validateMax = [required(), number(), minValue(3), maxValue(10)];
const validateText = [required()];

type ScaleValues = { gradeScale: InstitutionalConfig['gradeScale'] };

const range = (min: unknown, max: unknown): number[] => {
  const lo = Number(min);
  const hi = Number(max);
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo || hi - lo > 10) return [];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
};

/** One descriptor row per grade of the scale as currently typed. */
const Descriptors = () => {
  const translate = useTranslate();
  const [min, max] = useWatch({ name: ['gradeScale.min', 'gradeScale.max'] });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {range(min, max).map((grade) => (
        <Box
          key={grade}
          sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '40px 1fr 1fr' }, alignItems: 'center' }}
          data-testid="config-grade"
        >
          <Typography variant="h6" component="span" color="primary">
            {grade}
          </Typography>
          {(['en', 'tr'] as const).map((lang) => (
            <TextInput
              key={lang}
              source={`gradeScale.descriptors.${grade}.${lang}`}
              label={`${translate('mentorflow.config.grades.descriptor')} (${lang.toUpperCase()})`}
              validate={validateText}
              helperText={false}
            />
          ))}
        </Box>
      ))}
    </Box>
  );
};

/** The grading scale: lowest and highest grade, and what each grade means (en, tr). */
export const GradeScaleTab = ({ config }: { config: InstitutionalConfig }) => {
  const translate = useTranslate();
  const save = useSaveConfig('institutional');
  return (
    <ConfigForm<ScaleValues>
      values={{ gradeScale: config.gradeScale }}
      version={config.version}
      onSubmit={({ gradeScale }) => {
        const min = Number(gradeScale.min);
        const max = Number(gradeScale.max);
        const descriptors: Record<string, LocalizedText> = {};
        for (const grade of range(min, max)) {
          const text = gradeScale.descriptors?.[String(grade)];
          descriptors[String(grade)] = { en: text?.en?.trim() ?? '', tr: text?.tr?.trim() ?? '' };
        }
        return save({ gradeScale: { min, max, descriptors } });
      }}
      testId="config-grades"
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
        {translate('mentorflow.config.grades.help')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {[
          { bound: 'min', validate: validateMin, min: 0, max: 1 },
          { bound: 'max', validate: validateMax, min: 3, max: 10 },
        ].map(({ bound, validate, min, max }) => (
          <NumberInput
            key={bound}
            source={`gradeScale.${bound}`}
            label={`mentorflow.config.grades.${bound}`}
            validate={validate}
            min={min}
            max={max}
            step={1}
            fullWidth={false}
            sx={{ width: 200 }}
          />
        ))}
      </Box>
      <Descriptors />
    </ConfigForm>
  );
};
