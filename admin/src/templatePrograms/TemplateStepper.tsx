import { Step, StepLabel, Stepper, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TemplateDefinition } from '../programTypes/types';
import { useText } from '../programTypes/text';

/** The stages of the program's own version, the current one active (vertical on a phone). */
export const TemplateStepper = ({
  definition,
  stage,
  cycle,
  cycles,
}: {
  definition: TemplateDefinition;
  stage: string;
  cycle: number;
  cycles: number;
}) => {
  const text = useText();
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const done = stage === 'completed';
  const active = done ? definition.stages.length : definition.stages.findIndex((s) => s.id === stage);
  return (
    <Stepper
      activeStep={active}
      orientation={phone ? 'vertical' : 'horizontal'}
      alternativeLabel={!phone}
      data-testid="template-stepper"
      data-stage={stage}
    >
      {definition.stages.map((s, index) => (
        <Step key={s.id} completed={done || index < active} data-testid={`step-${s.id}`}>
          <StepLabel
            optional={cycles > 1 && index === active ? translate('mentorflow.template_programs.cycle_of', { cycle, cycles }) : undefined}
          >
            {text(s.name) || s.id}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};
