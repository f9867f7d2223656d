import { Box, Card, CardContent, Step, StepLabel, Stepper, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { YEAR_STEPS } from '../domain';
import type { ProgramRecord, ProgramTask } from '../types';

const fmt = (iso: string, locale: string) =>
    // With the year: a program runs for years, "Until 1 Dec" alone is ambiguous.
    new Date(iso).toLocaleDateString(locale === 'tr' ? 'tr-TR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** What is known about a step this year: its task's completion or due date. */
const useStepCaption = (program: ProgramRecord) => {
    const translate = useTranslate();
    const locale = useLocale();
    const tasks: ProgramTask[] = (program.live?.tasks ?? []).filter(t => t.year === program.year);
    return (step: string): { text: string; error: boolean } | null => {
        if (step === 'implementation') {
            const ends = program.live?.yearEndsAt;
            return program.stage === 'implementation' && ends
                ? { text: translate('mentorflow.stepper.until', { date: fmt(ends, locale) }), error: false }
                : null;
        }
        const task = tasks.filter(t => t.type === step).at(-1);
        if (!task) return null;
        if (task.status === 'completed' && task.completedAt) {
            return { text: translate('mentorflow.stepper.done_on', { date: fmt(task.completedAt, locale) }), error: false };
        }
        if (task.status === 'open') {
            return {
                text: translate(task.overdue ? 'mentorflow.stepper.overdue_since' : 'mentorflow.stepper.due', {
                    date: fmt(task.dueAt, locale),
                }),
                error: task.overdue,
            };
        }
        return null;
    };
};

/**
 * The current year's steps: self-assessment -> gender report -> improvement plan ->
 * implementation -> re-evaluation. `data-testid="stage-stepper"` carries the stage in
 * `data-active-stage`; each step is `stage-step-<stage>` with data-state
 * completed | active | pending, the current one also `data-active="true"`.
 */
export const StageStepper = ({ program }: { program: ProgramRecord }) => {
    const translate = useTranslate();
    const caption = useStepCaption(program);
    const index = YEAR_STEPS.indexOf(program.stage as (typeof YEAR_STEPS)[number]);
    const finished = program.stage === 'completed';
    const withdrawn = program.stage === 'withdrawn' || program.status === 'withdrawn';
    const activeStep = finished ? YEAR_STEPS.length : index;
    // Five labelled steps side by side do not fit a phone: there they run down the card.
    const narrow = useMediaQuery<Theme>(theme => theme.breakpoints.down('sm'));
    return (
        <Card variant="outlined" data-testid="stage-stepper" data-active-stage={program.stage}>
            <CardContent>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', mb: 2, gap: 2, flexWrap: 'wrap' }}>
                    <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                        {translate('mentorflow.stepper.title', { year: program.year })}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" data-testid="year-indicator">
                        {translate('mentorflow.programs.year_of', { year: program.year, years: program.years })}
                    </Typography>
                </Box>
                <Stepper
                    activeStep={activeStep}
                    alternativeLabel={!narrow}
                    orientation={narrow ? 'vertical' : 'horizontal'}
                    sx={{ opacity: withdrawn ? 0.5 : 1 }}
                >
                    {YEAR_STEPS.map((step, i) => {
                        const state = finished || i < index ? 'completed' : i === index ? 'active' : 'pending';
                        const info = withdrawn ? null : caption(step);
                        return (
                            <Step
                                key={step}
                                completed={state === 'completed'}
                                data-testid={`stage-step-${step}`}
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
                                    {translate(`mentorflow.stages.${step}`)}
                                </StepLabel>
                            </Step>
                        );
                    })}
                </Stepper>
            </CardContent>
        </Card>
    );
};
