import { useMemo, useRef, useState } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { Form, TextInput, Toolbar, maxLength, required, useTranslate } from 'react-admin';
import { useFormState, type FieldValues } from 'react-hook-form';
import { DraftStatus, LeaveGuard, useDraft, useDraftAutosave } from '../../common/drafts';
import { pathResolver, toSubmissionErrors } from '../../common/fieldPaths';
import { FormRootError } from '../../common/FormRootError';
import { SubmitButton } from '../../common/SubmitButton';
import { useAnnounceChange } from '../../common/useWorkflowSubmit';
import type { DraftTarget } from '../../data/dataProvider';
import type { InstitutionalConfig } from '../../institutional/domain';
import { elementGradeRedirect, emptyGrades, gradesPayload, strengthsAndAreas, trimmed } from '../../institutional/forms/gradeValues';
import { SelfAssessmentGrades } from '../../institutional/forms/GradesSections';
import { useConfigText } from '../../institutional/useConfigText';
import { Section } from '../../tasks/forms/Section';
import { errorMessage, saveMyGrading } from '../api';
import type { MemberGradingInput, MemberGradingState } from '../types';
import type { FormValues } from '../../tasks/forms/types';

type Values = FormValues;

const validatePosition = [required(), maxLength(200)];

const emptyValues = (config: InstitutionalConfig): Values => ({
  position: '',
  ...emptyGrades(config, { strengths: '', improvementAreas: '' }),
});

const toPayload = (config: InstitutionalConfig, year: number, values: Values): MemberGradingInput => ({
  year,
  position: trimmed(values.position),
  ...gradesPayload(config, values, strengthsAndAreas),
});

const resolvePath = pathResolver({
  inputs: [/^position$/, /^elements\.\w+\.(grade|strengths|improvementAreas)$/, /^principles\.\w+$/],
  redirects: [elementGradeRedirect],
});

const SubmitBar = ({ target, savedAt }: { target: DraftTarget; savedAt: string | null }) => {
  const { isSubmitting, isSubmitSuccessful } = useFormState();
  const draft = useDraftAutosave(target, savedAt);
  return (
    <>
      <LeaveGuard active={draft.unsaved && !isSubmitting && !isSubmitSuccessful} save={draft.flush} />
      <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
        <SubmitButton label="mentorflow.cso.grading.submit" icon={<SendIcon />} spinnerSize={18} testId="grading-submit" />
        <DraftStatus draft={draft} />
      </Toolbar>
    </>
  );
};

/**
 * A CSO member's own grading of their organisation (participatory self-assessment): the same
 * 10 elements and 5 principles, scale and descriptors as the mentor's form (the institutional
 * form pieces), their position in the organisation, kept as a draft while they type. Sending
 * again before the session replaces their grading.
 */
export const MemberGradingForm = ({
  programId,
  year,
  config,
  state,
  onSaved,
}: {
  programId: string;
  year: number;
  config: InstitutionalConfig | undefined;
  state: MemberGradingState;
  onSaved: () => void;
}) => {
  const translate = useTranslate();
  const announce = useAnnounceChange();
  const text = useConfigText(config);
  const target = useMemo<DraftTarget>(() => ({ key: `member-grading:${programId}:${year}` }), [programId, year]);
  const draft = useDraft(target, state.open);
  const opened = useRef<{ data: Values | null; updatedAt: string | null } | null>(null);
  const [sent, setSent] = useState(false);
  if (state.open && draft.isPending) return <CircularProgress size={28} data-testid="draft-loading" />;
  if (!opened.current) opened.current = { data: (draft.data?.data as Values | null) ?? null, updatedAt: draft.data?.updatedAt ?? null };
  const initial = opened.current.data ?? (state.mine as unknown as Values | null) ?? emptyValues(text.config);
  const readOnly = !state.open;

  const submit = async (values: FieldValues) => {
    try {
      await saveMyGrading(programId, toPayload(text.config, year, values as Values));
    } catch (error) {
      const errors = toSubmissionErrors(error, resolvePath);
      if (errors) return errors;
      return { root: { serverError: errorMessage(error) } };
    }
    await draft.discard();
    await announce({ message: 'mentorflow.cso.grading.saved', changed: [['member-grading', programId]] });
    setSent(true);
    onSaved();
    return undefined;
  };

  return (
    <Form record={initial} onSubmit={submit} noValidate disabled={readOnly}>
      <Box data-testid="member-grading-form">
        {readOnly && (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="grading-closed">
            {translate('mentorflow.cso.grading.closed')}
          </Alert>
        )}
        {sent && (
          <Alert severity="success" sx={{ mb: 2 }} data-testid="grading-sent">
            {translate('mentorflow.cso.grading.saved')}
          </Alert>
        )}
        <FormRootError testId="grading-error" />
        <Section title="mentorflow.cso.grading.you" help="mentorflow.cso.grading.you_help" testId="section-position">
          <TextInput
            source="position"
            label="mentorflow.cso.grading.position"
            validate={validatePosition}
            helperText="mentorflow.cso.grading.position_help"
            autoComplete="organization-title"
          />
        </Section>
        <SelfAssessmentGrades text={text} elementsHelp="mentorflow.cso.grading.elements_help" />
        {!readOnly && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('mentorflow.cso.grading.privacy')}
          </Typography>
        )}
      </Box>
      {!readOnly && <SubmitBar target={target} savedAt={opened.current.updatedAt} />}
    </Form>
  );
};
