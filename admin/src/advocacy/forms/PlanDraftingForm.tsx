import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AdvocacyPlan } from '../domain';
import { latestVersion } from '../plan/versions';
import { VersionsColumn } from '../plan/VersionsColumn';
import { advocacyContext } from '../types';
import { useFormatDate } from '../../common/useFormatDate';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { TaskFormPageProps } from '../../tasks/forms/types';
import { EMPTY_PLAN, PlanFields, resolvePlanPath, toPlan } from './PlanFields';
import { useSubmitPlanDraft } from './useSubmitPlanDraft';

const columns = {
  display: 'grid',
  gap: 3,
  gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 5fr) minmax(0, 7fr)' },
  alignItems: 'start',
};

/**
 * The plan editor (plan_drafting). A draft that came back with changes requested starts
 * from the latest version; the earlier versions stay beside the editor with the reviewer's
 * comments. Submitting sends the next version to review (POST /programs/:id/plan-drafts).
 */
export const PlanDraftingForm = ({ task, readOnly }: TaskFormPageProps) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const context = advocacyContext(task);
  // Versions submitted before this task opened: the ones this draft builds on.
  const versions = (context?.planVersions ?? []).filter((v) => Date.parse(v.submittedAt) <= Date.parse(task.openedAt));
  const latest = latestVersion(versions);
  const submitDraft = useSubmitPlanDraft(task.programId, resolvePlanPath);
  // A new draft starts from the latest version.
  const spec: TaskDataSpec = { empty: latest ? structuredClone(latest.plan) : EMPTY_PLAN, toPayload: toPlan, resolvePath: resolvePlanPath };
  const nextVersion = (latest?.version ?? 0) + 1;
  const changesRequested = latest?.review?.decision === 'request_changes' ? latest : undefined;
  return (
    <Box data-testid="plan-editor" data-next-version={nextVersion} data-versions={versions.length}>
      {context?.planLockedAt && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="plan-locked">
          {translate('mentorflow.advocacy.plan.locked', { date: formatDate(context.planLockedAt) })}
        </Alert>
      )}
      {!readOnly && changesRequested?.review && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="changes-requested">
          <AlertTitle>
            {translate('mentorflow.advocacy.plan.changes_requested_title', {
              version: changesRequested.version,
              date: formatDate(changesRequested.review.at),
            })}
          </AlertTitle>
          <Typography variant="body2" sx={{ fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>
            “{changesRequested.review.comments}”
          </Typography>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {translate('mentorflow.advocacy.plan.prefilled', { version: changesRequested.version })}
          </Typography>
        </Alert>
      )}
      {context && context.planVersions === null && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('mentorflow.advocacy.plan.versions_unavailable')}
        </Alert>
      )}
      <Box sx={versions.length > 0 ? columns : undefined}>
        {versions.length > 0 && (
          <Box sx={{ position: { lg: 'sticky' }, top: { lg: 72 } }}>
            <VersionsColumn versions={versions} />
          </Box>
        )}
        <Box>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }} data-testid="draft-heading">
            {translate(
              readOnly && task.status === 'completed' ? 'mentorflow.advocacy.plan.submitted_draft' : 'mentorflow.advocacy.plan.draft',
              {
                version: nextVersion,
              },
            )}
          </Typography>
          <TaskDataForm
            task={task}
            readOnly={readOnly}
            spec={spec}
            submit={(data) => submitDraft(data as AdvocacyPlan)}
            submitLabel="mentorflow.advocacy.plan.submit"
            submitHelp="mentorflow.advocacy.plan.submit_help"
          >
            <PlanFields readOnly={readOnly} />
          </TaskDataForm>
        </Box>
      </Box>
    </Box>
  );
};
