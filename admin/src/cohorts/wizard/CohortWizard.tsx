import { useState } from 'react';
import {
  Alert,
  Dialog,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Step,
  StepLabel,
  Stepper,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { localToday } from '../../common/localDate';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import type { CohortPlan } from '../types';
import { AssignStep } from './AssignStep';
import { ConfirmStep } from './ConfirmStep';
import { SetupStep } from './SetupStep';
import { validateSetup, type CohortRow, type CohortSetup, type SetupErrors } from './state';
import { StartStep } from './StartStep';
import { useCohortStart } from './useCohortStart';
import { useCohortType } from './useCohortType';
import { WizardActions } from './WizardActions';

const STEPS = ['setup', 'assign', 'confirm', 'start'] as const;

interface CohortWizardProps {
  organizationIds: string[];
  open: boolean;
  /** `started`: whether anything started (the lists need a refresh). */
  onClose: (started: boolean) => void;
}

/**
 * Starting programs for many CSOs at once: program type, mentors (balanced by the API or
 * chosen by hand), gender expert and start date; a confirmation; then the programs start
 * a few per request with a progress bar, and the result lists what did not start and why.
 */
export const CohortWizard = ({ organizationIds, open, onClose }: CohortWizardProps) => {
  const translate = useTranslate();
  const dataProvider = useMentorflowDataProvider();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [step, setStep] = useState(0);
  const [setup, setSetup] = useState<CohortSetup>({
    type: 'institutional',
    mode: 'balanced',
    genderExpertId: '',
    startDate: localToday(),
    years: 2,
    override: false,
  });
  const [errors, setErrors] = useState<SetupErrors>({});
  const [plan, setPlan] = useState<CohortPlan | null>(null);
  const [rows, setRows] = useState<CohortRow[]>([]);
  const [planning, setPlanning] = useState(false);
  const [planError, setPlanError] = useState<string | null>(null);
  const { progress, start, stop } = useCohortStart();
  // A phone gets the whole screen (a dialog's margins leave too little room for the tables).
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // Built in or designed: whether it has a gender expert, years, a mentor limit.
  const typeInfo = useCohortType(setup.type);

  const change = (delta: Partial<CohortSetup>) => {
    setSetup((current) => ({ ...current, ...delta }));
    setErrors({});
  };

  const toAssignments = async () => {
    const invalid = validateSetup(setup, typeInfo);
    setErrors(invalid);
    if (Object.keys(invalid).length) return;
    setPlanning(true);
    setPlanError(null);
    try {
      const proposal = await dataProvider.planCohort({ type: setup.type, organizationIds });
      setPlan(proposal);
      setRows(
        proposal.assignments.map((a) => ({
          organizationId: a.organizationId,
          organizationName: a.organizationName ?? a.organizationId,
          mentorId: setup.mode === 'balanced' ? (a.mentorId ?? '') : '',
          reason: setup.mode === 'balanced' && !a.alreadyRunning ? a.reason : undefined,
          // Flagged in both modes: such a CSO would only be refused after Start.
          alreadyRunning: a.alreadyRunning?.programId,
        })),
      );
      setStep(1);
    } catch (error) {
      if (!(await logoutIfAccessDenied(error))) setPlanError(error instanceof Error ? error.message : String(error));
    } finally {
      setPlanning(false);
    }
  };

  const confirmStart = () => {
    setStep(3);
    start(setup, rows, typeInfo);
  };

  const finished = step === 3 && !progress.running;
  const close = () => {
    if (progress.running) return;
    const started = progress.results.some((result) => result.ok);
    setStep(0);
    setPlan(null);
    setRows([]);
    onClose(started);
  };
  const toStart = rows.filter((row) => row.mentorId).length;

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" fullScreen={isPhone} data-testid="cohort-wizard">
      <DialogTitle>{translate('mentorflow.cohort.title', { smart_count: organizationIds.length })}</DialogTitle>
      <DialogContent dividers sx={isPhone ? { px: 1.5 } : undefined}>
        <Stepper
          activeStep={step}
          alternativeLabel
          sx={{ mb: 3, '& .MuiStepLabel-label': { overflowWrap: 'anywhere', ...(isPhone ? { fontSize: '0.75rem' } : {}) } }}
        >
          {STEPS.map((name) => (
            <Step key={name} completed={name === 'start' ? finished : undefined}>
              <StepLabel>{translate(`mentorflow.cohort.steps.${name}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {planError && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="cohort-plan-error">
            {planError}
          </Alert>
        )}
        {step === 0 && <SetupStep count={organizationIds.length} setup={setup} typeInfo={typeInfo} errors={errors} onChange={change} />}
        {step === 0 && planning && <LinearProgress sx={{ mt: 2 }} />}
        {step === 1 && plan && (
          <AssignStep
            type={setup.type}
            typeName={typeInfo.name}
            rows={rows}
            plan={plan}
            onChange={(organizationId, mentorId) =>
              setRows((current) => current.map((row) => (row.organizationId === organizationId ? { ...row, mentorId } : row)))
            }
          />
        )}
        {step === 2 && <ConfirmStep setup={setup} typeInfo={typeInfo} rows={rows} />}
        {step === 3 && <StartStep progress={progress} rows={rows} />}
      </DialogContent>
      <WizardActions
        step={step}
        canPropose={!planning && !typeInfo.isPending}
        planning={planning}
        balanced={setup.mode === 'balanced'}
        toStart={toStart}
        running={progress.running}
        finished={finished}
        onClose={close}
        onStep={setStep}
        onPropose={toAssignments}
        onStart={confirmStart}
        onStop={stop}
      />
    </Dialog>
  );
};
