import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Form, useGetMany, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { pathResolver, toSubmissionErrors } from '../../common/fieldPaths';
import { FormRootError } from '../../common/FormRootError';
import { SubmitButton } from '../../common/SubmitButton';
import { useWorkflowErrorHandler } from '../../common/useWorkflowErrorHandler';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import type { ProgramRecord } from '../../institutional/types';
import type { BulkSignalName, BulkSignalResult } from '../types';
import { BulkSignalFields, bodyFor, validateBulk } from './BulkSignalFields';
import { BulkSignalResultView } from './BulkSignalResultView';
import { closeStages } from './closeStages';

const resolvePath = pathResolver({ inputs: [/^(reason|mentorId|genderExpertId)$/] });
const SHOWN = 8;

const COLORS: Record<BulkSignalName, 'primary' | 'warning' | 'error'> = {
  pause: 'warning',
  resume: 'primary',
  reassign: 'primary',
  withdraw: 'error',
  'close-stage': 'primary',
};

const ConfirmButton = ({ name, count, disabled }: { name: BulkSignalName; count: number; disabled?: boolean }) => (
  <SubmitButton
    label={`mentorflow.bulk.${name}.confirm`}
    labelArgs={{ smart_count: count }}
    color={COLORS[name]}
    disabled={disabled}
    testId="bulk-confirm"
  />
);

interface BulkSignalDialogProps {
  name: BulkSignalName | null;
  ids: string[];
  onClose: (done: boolean) => void;
}

/**
 * The confirmation of a control for the selected programs (which ones, what happens),
 * then the result: how many took it and which refused it, with the reason.
 * `data-testid="bulk-dialog"`.
 */
export const BulkSignalDialog = ({ name, ids, onClose }: BulkSignalDialogProps) => {
  const translate = useTranslate();
  const dataProvider = useMentorflowDataProvider();
  const queryClient = useQueryClient();
  const onWorkflowError = useWorkflowErrorHandler();
  const [result, setResult] = useState<BulkSignalResult | null>(null);
  const { data: programs = [], isPending } = useGetMany<ProgramRecord>('programs', { ids }, { enabled: !!name });
  const names = new Map(programs.map((p) => [String(p.id), p.organizationName]));

  const submit = async (values: FieldValues) => {
    if (!name) return;
    try {
      setResult(
        name === 'close-stage'
          ? await closeStages(programs, ids, (body) => dataProvider.sendBulkSignal('close-stage', body))
          : await dataProvider.sendBulkSignal(name, { ids, ...bodyFor(name, values) }),
      );
      // Signals are applied by each workflow a moment later: read the list now and again shortly.
      queryClient.invalidateQueries({ queryKey: ['programs'] });
      setTimeout(() => queryClient.invalidateQueries({ queryKey: ['programs'] }), 1500);
    } catch (error) {
      const errors = toSubmissionErrors(error, resolvePath);
      if (errors) return errors;
      await onWorkflowError(error);
    }
  };
  const close = () => {
    const done = !!result;
    setResult(null);
    onClose(done);
  };

  return (
    <Dialog open={!!name} onClose={close} fullWidth maxWidth="sm" data-testid="bulk-dialog" data-signal={name ?? undefined}>
      {name && (
        <Form onSubmit={submit} noValidate validate={validateBulk(name)}>
          <DialogTitle>{translate(`mentorflow.bulk.${name}.title`, { smart_count: ids.length })}</DialogTitle>
          <DialogContent>
            {result ? (
              <BulkSignalResultView result={result} names={names} />
            ) : (
              <>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {translate(name === 'close-stage' ? 'mentorflow.bulk.close-stage.content' : `mentorflow.controls.${name}.content`)}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="bulk-programs">
                  {programs
                    .slice(0, SHOWN)
                    .map((p) => p.organizationName)
                    .join(', ')}
                  {programs.length > SHOWN && ` ${translate('mentorflow.bulk.and_more', { smart_count: programs.length - SHOWN })}`}
                </Typography>
                <FormRootError />
                <BulkSignalFields name={name} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            {result ? (
              <Button variant="contained" onClick={close} data-testid="bulk-close">
                {translate('ra.action.close')}
              </Button>
            ) : (
              <>
                <Button onClick={close} data-testid="bulk-cancel">
                  {translate('ra.action.cancel')}
                </Button>
                <ConfirmButton name={name} count={ids.length} disabled={name === 'close-stage' && isPending} />
              </>
            )}
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
