import type { ReactNode } from 'react';
import { Box, Card, CardContent, Step, StepLabel, Stepper, Typography, useMediaQuery, type Theme } from '@mui/material';
import type { TranslateFunction } from 'react-admin';

export type StepState = 'completed' | 'active' | 'pending';
export type StepCaption = { text: string; error: boolean } | null;

/** A step's task as the captions need it. */
interface CaptionTask {
  status: string;
  completedAt?: string | null;
  dueAt: string;
  overdue: boolean;
}

/** The caption of a step from its task: done on, due, or overdue since (with the year). */
export const taskCaption = (
  task: CaptionTask | undefined,
  translate: TranslateFunction,
  formatDate: (iso: string) => string,
): StepCaption => {
  if (!task) return null;
  if (task.status === 'completed' && task.completedAt) {
    return { text: translate('mentorflow.stepper.done_on', { date: formatDate(task.completedAt) }), error: false };
  }
  if (task.status === 'open') {
    return {
      text: translate(task.overdue ? 'mentorflow.stepper.overdue_since' : 'mentorflow.stepper.due', { date: formatDate(task.dueAt) }),
      error: task.overdue,
    };
  }
  return null;
};

/**
 * The stepper card both built-in programs show: a title and a right-hand note, the steps with
 * their captions, vertical on a phone (labelled steps side by side do not fit 390 px), dimmed
 * when the program is withdrawn. `data-testid="stage-stepper"` carries the workflow's stage in
 * `data-active-stage`; each step is `stage-step-<id>` with data-state completed | active |
 * pending, the current one also `data-active="true"`.
 */
export const ProgramStepper = ({
  title,
  aside,
  stage,
  steps,
  activeStep,
  finished,
  withdrawn,
  caption,
}: {
  title: ReactNode;
  aside: { testId: string; text: ReactNode };
  stage: string;
  steps: { id: string; label: string }[];
  activeStep: number;
  finished: boolean;
  withdrawn: boolean;
  caption: (id: string, state: StepState) => StepCaption;
}) => {
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <Card variant="outlined" data-testid="stage-stepper" data-active-stage={stage}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', mb: 2, gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary" data-testid={aside.testId}>
            {aside.text}
          </Typography>
        </Box>
        <Stepper
          activeStep={finished ? steps.length : activeStep}
          alternativeLabel={!narrow}
          orientation={narrow ? 'vertical' : 'horizontal'}
          sx={{ opacity: withdrawn ? 0.5 : 1, overflowX: 'auto', pb: 0.5 }}
        >
          {steps.map((step, i) => {
            const state: StepState = finished || i < activeStep ? 'completed' : i === activeStep && !withdrawn ? 'active' : 'pending';
            const info = withdrawn ? null : caption(step.id, state);
            return (
              <Step
                key={step.id}
                completed={state === 'completed'}
                data-testid={`stage-step-${step.id}`}
                data-state={state}
                data-active={state === 'active' ? 'true' : undefined}
              >
                <StepLabel
                  error={!!info?.error}
                  optional={
                    info ? (
                      <Typography
                        variant="caption"
                        color={info.error ? 'error' : 'text.secondary'}
                        component="div"
                        sx={{ textAlign: narrow ? 'left' : 'center' }}
                      >
                        {info.text}
                      </Typography>
                    ) : undefined
                  }
                  sx={state === 'active' ? { '& .MuiStepLabel-label': { fontWeight: 700 } } : undefined}
                >
                  {step.label}
                </StepLabel>
              </Step>
            );
          })}
        </Stepper>
      </CardContent>
    </Card>
  );
};
