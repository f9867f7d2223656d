import { Alert, Box, Typography } from '@mui/material';
import { LinearProgress, TextInput, maxLength, useTranslate } from 'react-admin';
import { IndicatorStatusChip } from '../chips';
import { indicatorStatusChoices } from '../choices';
import type { CheckinData, IndicatorStatus } from '../domain';
import { versionNumbered } from '../plan/versions';
import { advocacyContext } from '../types';
import { pathResolver } from '../../common/fieldPaths';
import { RequiredRadios } from '../../common/forms/ChoiceInputs';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { Section } from '../../tasks/forms/Section';
import { TaskForm } from '../../tasks/forms/TaskForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';
import { useCompletedTasks } from './useCompletedTasks';

const validateNote = maxLength(2000);

type Values = FormValues;

const toPayload = (values: Values): CheckinData => ({
  activitiesDone: String(values.activitiesDone ?? '').trim(),
  obstacles: String(values.obstacles ?? '').trim(),
  nextSteps: String(values.nextSteps ?? '').trim(),
  indicatorProgress: (values.indicatorProgress ?? []).map((p: Values, i: number) => {
    const note = String(p?.note ?? '').trim();
    return { indicator: i, status: p?.status, ...(note ? { note } : {}) };
  }),
});

const resolvePath = pathResolver({
  inputs: [/^(activitiesDone|obstacles|nextSteps)$/, /^indicatorProgress\.\d+\.(status|note)$/],
  redirects: [[/^(indicatorProgress\.\d+)\.indicator$/, '$1.status']],
});

/**
 * An implementation check-in: what was done, obstacles, next steps, and the status of each
 * indicator of the final plan (`indicatorProgress.N.status`, N = the indicator's number - 1),
 * starting from the statuses of the last check-in.
 */
export const CheckinForm = ({ task, readOnly }: TaskFormPageProps) => {
  const translate = useTranslate();
  const context = advocacyContext(task);
  const final = versionNumbered(context?.planVersions, context?.finalPlanVersion);
  const indicators = final?.plan.indicators ?? [];
  const { tasks: earlier, isPending } = useCompletedTasks<CheckinData>(task.programId, 'implementation_checkin');
  const last = earlier.find((t) => t.id !== task.id && (!task.completedAt || (t.completedAt ?? '') < task.completedAt));
  const lastStatus = (i: number): IndicatorStatus | undefined => last?.data?.indicatorProgress.find((p) => p.indicator === i)?.status;
  if (isPending && !task.data) return <LinearProgress />;
  const initialValues: Values = (task.data as Values | null) ?? {
    activitiesDone: '',
    obstacles: '',
    nextSteps: '',
    indicatorProgress: indicators.map((_, i) => ({ indicator: i, status: lastStatus(i) ?? 'not_started', note: '' })),
  };
  return (
    <TaskForm task={task} readOnly={readOnly} initialValues={initialValues} toPayload={toPayload} resolvePath={resolvePath}>
      <Section
        title="mentorflow.advocacy.checkin.indicators"
        help="mentorflow.advocacy.checkin.indicators_help"
        translateOptions={{ version: final?.version ?? '?' }}
        testId="section-indicators"
      >
        {indicators.length === 0 && <Alert severity="warning">{translate('mentorflow.advocacy.plan.versions_unavailable')}</Alert>}
        {indicators.map((indicator, i) => (
          <Box
            key={i}
            data-testid={`indicator-${i}`}
            sx={{ borderBottom: 1, borderColor: 'divider', py: 1.5, '&:last-of-type': { borderBottom: 0 } }}
          >
            <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="body1" sx={{ fontWeight: 500 }}>
                {i + 1}. {indicator}
              </Typography>
              {lastStatus(i) && !task.data && (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  <Typography variant="caption" color="text.secondary">
                    {translate('mentorflow.advocacy.checkin.last_reported')}
                  </Typography>
                  <IndicatorStatusChip status={lastStatus(i)!} />
                </Box>
              )}
            </Box>
            <Box
              sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'auto minmax(0, 1fr)' }, columnGap: 3, alignItems: 'center' }}
            >
              <RequiredRadios source={`indicatorProgress.${i}.status`} label={false} choices={indicatorStatusChoices} helperText={false} />
              <TextInput
                source={`indicatorProgress.${i}.note`}
                label="mentorflow.advocacy.checkin.note"
                helperText={false}
                validate={validateNote}
              />
            </Box>
          </Box>
        ))}
      </Section>
      <Section title="mentorflow.advocacy.checkin.progress">
        <LongTextInput source="activitiesDone" label="mentorflow.advocacy.checkin.activities_done" maxLength={8000} />
        <LongTextInput source="obstacles" label="mentorflow.advocacy.checkin.obstacles" minRows={2} maxLength={8000} optional />
        <LongTextInput source="nextSteps" label="mentorflow.advocacy.checkin.next_steps" minRows={2} maxLength={8000} />
      </Section>
    </TaskForm>
  );
};
