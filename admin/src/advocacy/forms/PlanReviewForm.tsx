import { Alert, Box, Paper, Typography } from '@mui/material';
import { maxLength, useTranslate } from 'react-admin';
import { reviewDecisionChoices } from '../choices';
import { CHANGES_COMMENT_MIN, type PlanReviewData, type PlanVersion } from '../domain';
import { countChanges } from '../plan/planDiff';
import { PlanView } from '../plan/PlanView';
import { ReviewNote } from '../plan/ReviewNote';
import { versionUnderReview } from '../plan/versions';
import { advocacyContext } from '../types';
import { useFormatDate } from '../../common/useFormatDate';
import { pathResolver } from '../../common/fieldPaths';
import { RequiredRadios } from '../../common/forms/ChoiceInputs';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';
import { DraftedByNote } from '../../cso/staff/DraftedByNote';

/** Requested changes must say what to change (as the workflow checks); an approval may be brief. */
const validateComments = [
  maxLength(8000),
  (value: string | null, values: FormValues) =>
    values?.decision === 'request_changes' && String(value ?? '').trim().length < CHANGES_COMMENT_MIN
      ? { message: 'mentorflow.advocacy.validation.comments_required', args: { min: CHANGES_COMMENT_MIN } }
      : undefined,
];

type Values = FormValues;

const toPayload = (values: Values): PlanReviewData => ({
  decision: values.decision,
  comments: String(values.comments ?? '').trim(),
});

const resolvePath = pathResolver({ inputs: [/^(decision|comments)$/] });

const form: TaskDataSpec = { empty: { decision: null, comments: '' }, toPayload, resolvePath };

const columns = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
  alignItems: 'start',
};

const VersionCard = ({
  version,
  title,
  children,
  testId,
  highlight,
}: {
  version: PlanVersion;
  title: string;
  children: React.ReactNode;
  testId: string;
  highlight?: boolean;
}) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, ...(highlight ? { borderColor: 'primary.main', borderWidth: 2 } : { bgcolor: 'action.hover' }) }}
      data-testid={testId}
      data-version={version.version}
    >
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
        {translate('mentorflow.advocacy.versions.submitted_on', { date: formatDate(version.submittedAt, 'dateTime') })}
      </Typography>
      {children}
    </Paper>
  );
};

/**
 * The review of a submitted draft: the version under review (beside the previous one, with
 * its differences marked and the comments it answers), then approve or request changes.
 */
export const PlanReviewForm = ({ task, readOnly }: TaskFormPageProps) => {
  const translate = useTranslate();
  const versions = advocacyContext(task)?.planVersions ?? [];
  const current = versionUnderReview(versions, task.openedAt);
  const previous = current ? versions.find((v) => v.version === current.version - 1) : undefined;
  const changes = current && previous ? countChanges(previous.plan, current.plan) : 0;
  return (
    <TaskDataForm task={task} readOnly={readOnly} spec={form}>
      <Section
        title="mentorflow.advocacy.review.under_review"
        translateOptions={{ version: current?.version ?? '?' }}
        testId="section-under-review"
      >
        {current && <DraftedByNote programId={task.programId} version={current} readOnly={readOnly} />}
        {!current ? (
          <Alert severity="warning">{translate('mentorflow.advocacy.plan.versions_unavailable')}</Alert>
        ) : previous ? (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }} data-testid="plan-changes" data-changes={changes}>
              {changes === 0
                ? translate('mentorflow.advocacy.review.no_changes', { version: previous.version })
                : translate('mentorflow.advocacy.review.changes', { smart_count: changes, version: previous.version })}
            </Typography>
            <Box sx={columns}>
              <VersionCard
                version={previous}
                title={translate('mentorflow.advocacy.versions.version', { version: previous.version })}
                testId="previous-version"
              >
                <ReviewNote version={previous} />
                <PlanView plan={previous.plan} compareWith={current.plan} side="old" testId="previous-plan-view" />
              </VersionCard>
              <VersionCard
                version={current}
                title={translate('mentorflow.advocacy.review.submitted_version', { version: current.version })}
                testId="current-version"
                highlight
              >
                <PlanView plan={current.plan} compareWith={previous.plan} side="new" testId="current-plan-view" />
              </VersionCard>
            </Box>
          </>
        ) : (
          <VersionCard
            version={current}
            title={translate('mentorflow.advocacy.review.submitted_version', { version: current.version })}
            testId="current-version"
            highlight
          >
            <PlanView plan={current.plan} testId="current-plan-view" />
          </VersionCard>
        )}
      </Section>
      <Section title="mentorflow.advocacy.review.review" help="mentorflow.advocacy.review.review_help">
        <RequiredRadios source="decision" label="mentorflow.advocacy.review.decision" choices={reviewDecisionChoices} />
        <LongTextInput
          source="comments"
          label="mentorflow.advocacy.review.comments"
          minRows={4}
          validate={validateComments}
          helperText="mentorflow.advocacy.review.comments_help"
        />
      </Section>
    </TaskDataForm>
  );
};
