import { Box, Card, CardContent, Step, StepLabel, Stepper, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ADVOCACY_STEPS, stepOfStage, type AdvocacyStep, type AdvocacyTask } from '../domain';
import type { AdvocacyProgramRecord } from '../types';
import { useFormatDate } from '../useFormatDate';

type Caption = { text: string; error: boolean } | null;

const stepIndexOfTask = (type: string) =>
    ADVOCACY_STEPS.indexOf(stepOfStage(type === 'implementation_checkin' ? 'implementation_support' : type) ?? 'needs_assessment');

// The task types behind each step (the plan step alternates drafting and review).
const STEP_TASKS: Partial<Record<AdvocacyStep, string[]>> = {
    needs_assessment: ['needs_assessment'],
    curriculum: ['curriculum'],
    training: ['training'],
    issue_workshop: ['issue_workshop'],
    plan: ['plan_drafting', 'plan_review'],
    presentation: ['presentation'],
};

/** What is known about a step: its task's completion or due date, the plan's version, the end of support. */
const useStepCaption = (program: AdvocacyProgramRecord) => {
    const translate = useTranslate();
    const formatDate = useFormatDate();
    const live = program.live;
    const details = program.details ?? {};
    const tasks: AdvocacyTask[] = live?.tasks ?? [];
    return (step: AdvocacyStep, state: string): Caption => {
        if (step === 'plan') {
            const versions = live?.planVersions ?? details.planVersions ?? [];
            const latest = versions.at(-1);
            const final = live?.finalPlanVersion ?? details.finalPlanVersion;
            if (final) return { text: translate('mentorflow.advocacy.stepper.final', { version: final }), error: false };
            if (state === 'active') {
                const open = tasks.find(t => t.status === 'open' && (t.type === 'plan_drafting' || t.type === 'plan_review'));
                if (open?.overdue) {
                    return { text: translate('mentorflow.stepper.overdue_since', { date: formatDate(open.dueAt, 'short') }), error: true };
                }
                if (latest?.review?.decision === 'request_changes' && open?.type === 'plan_drafting') {
                    return { text: translate('mentorflow.advocacy.stepper.changes_requested', { version: latest.version }), error: false };
                }
                if (open?.type === 'plan_review' && latest) {
                    return { text: translate('mentorflow.advocacy.stepper.in_review', { version: latest.version }), error: false };
                }
            }
        }
        if (step === 'implementation_support') {
            const ends = live?.implementationEndsAt ?? details.implementationEndsAt;
            if (!ends || state === 'pending') return null;
            return {
                text: translate(state === 'active' ? 'mentorflow.stepper.until' : 'mentorflow.advocacy.stepper.ended', {
                    date: formatDate(ends, 'short'),
                }),
                error: false,
            };
        }
        if (step === 'completed') {
            const checkins = live?.checkins ?? details.checkins ?? 0;
            return state === 'completed'
                ? { text: translate('mentorflow.advocacy.stepper.checkins', { smart_count: checkins }), error: false }
                : null;
        }
        const types = STEP_TASKS[step] ?? [];
        const task = tasks.filter(t => types.includes(t.type) && t.status !== 'cancelled').at(-1);
        if (!task) return null;
        if (task.status === 'completed' && task.completedAt) {
            return { text: translate('mentorflow.stepper.done_on', { date: formatDate(task.completedAt, 'short') }), error: false };
        }
        if (task.status === 'open') {
            return {
                text: translate(task.overdue ? 'mentorflow.stepper.overdue_since' : 'mentorflow.stepper.due', {
                    date: formatDate(task.dueAt, 'short'),
                }),
                error: task.overdue,
            };
        }
        return null;
    };
};

/**
 * needs assessment -> curriculum -> training -> issue workshop -> plan (drafts and reviews)
 * -> presentation -> implementation support -> completed. `data-testid="stage-stepper"`
 * carries the workflow's stage in `data-active-stage` (e.g. plan_review); each step is
 * `stage-step-<step>` with data-state completed | active | pending.
 */
export const AdvocacyStepper = ({ program }: { program: AdvocacyProgramRecord }) => {
    const translate = useTranslate();
    const caption = useStepCaption(program);
    const stage = program.live?.stage ?? program.stage;
    const status = program.live?.status ?? program.status;
    const withdrawn = stage === 'withdrawn' || status === 'withdrawn';
    const finished = stage === 'completed';
    const step = stepOfStage(stage);
    // A withdrawn program shows how far it came: the steps of its completed tasks.
    const reached = withdrawn
        ? Math.max(-1, ...(program.live?.tasks ?? []).filter(t => t.status === 'completed').map(t => stepIndexOfTask(t.type))) + 1
        : step
          ? ADVOCACY_STEPS.indexOf(step)
          : 0;
    const activeStep = finished ? ADVOCACY_STEPS.length : reached;
    // Seven labelled steps side by side do not fit a phone: there they run down the card.
    const narrow = useMediaQuery<Theme>(theme => theme.breakpoints.down('sm'));
    return (
        <Card variant="outlined" data-testid="stage-stepper" data-active-stage={stage}>
            <CardContent>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', mb: 2, gap: 2, flexWrap: 'wrap' }}>
                    <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                        {translate('mentorflow.advocacy.stepper.title')}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" data-testid="stage-label">
                        {translate(`mentorflow.stages.${stage}`, { _: stage })}
                    </Typography>
                </Box>
                <Stepper
                    activeStep={activeStep}
                    alternativeLabel={!narrow}
                    orientation={narrow ? 'vertical' : 'horizontal'}
                    sx={{ opacity: withdrawn ? 0.5 : 1, overflowX: 'auto', pb: 0.5 }}
                >
                    {ADVOCACY_STEPS.map((s, i) => {
                        const state = finished || i < activeStep ? 'completed' : i === activeStep && !withdrawn ? 'active' : 'pending';
                        const info = withdrawn ? null : caption(s, state);
                        return (
                            <Step
                                key={s}
                                completed={state === 'completed'}
                                data-testid={`stage-step-${s}`}
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
                                    {translate(`mentorflow.advocacy.steps.${s}`)}
                                </StepLabel>
                            </Step>
                        );
                    })}
                </Stepper>
            </CardContent>
        </Card>
    );
};
