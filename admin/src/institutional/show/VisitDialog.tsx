import { Box } from '@mui/material';
import {
  CheckboxGroupInput,
  DateInput,
  NumberInput,
  RadioButtonGroupInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useNotify,
  useTranslate,
} from 'react-admin';
import { pathResolver } from '../../common/fieldPaths';
import { localToday } from '../../common/localDate';
import { useWorkflowSubmit } from '../../common/useWorkflowSubmit';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import { contactModeChoices } from '../choices';
import type { ContactMode, VisitInput } from '../domain';
import type { PlanItem } from '../types';
import { DraftFormDialog } from '../../programs/show/DraftFormDialog';
import { useProgramRefresh } from '../../programs/show/useProgramRefresh';

const validateDate = [required()];
const validateMode = [required()];
const validateDuration = [required(), number(), minValue(5), maxValue(24 * 60)];
const validateNotes = [required(), maxLength(8000)];
const validateInternalNotes = [maxLength(20000)];

/** A visit as the API takes it: the shared summary goes to the workflow, the internal note stays in PostgreSQL. */
type LoggedVisit = VisitInput & { internalNotes?: string };

const resolvePath = pathResolver({ inputs: [/^(date|mode|durationMinutes|notes|internalNotes|planItemIds)$/] });

interface VisitDialogProps {
  open: boolean;
  programId: string;
  planItems: PlanItem[];
  onClose: () => void;
}

/** Logs a visit or remote support (POST /api/programs/:id/visits, a workflow update). */
export const VisitDialog = ({ open, programId, planItems, onClose }: VisitDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMentorflowDataProvider();
  const refresh = useProgramRefresh();
  const log = useWorkflowSubmit((visit: LoggedVisit, key: string) => dataProvider.logVisit(programId, visit, key), resolvePath);
  const openItems = planItems.filter((i) => i.status !== 'dropped');
  const defaults = { date: localToday(), mode: 'face_to_face', durationMinutes: 60, notes: '', internalNotes: '', planItemIds: [] };

  const submit = async (values: Record<string, unknown>) => {
    const ids = (values.planItemIds as string[] | undefined) ?? [];
    const internalNotes = String(values.internalNotes ?? '').trim();
    const visit: LoggedVisit = {
      date: String(values.date ?? ''),
      mode: values.mode as ContactMode,
      durationMinutes: Number(values.durationMinutes),
      notes: String(values.notes ?? '').trim(),
      ...(internalNotes ? { internalNotes } : {}),
      ...(ids.length ? { planItemIds: ids } : {}),
    };
    const logged = await log(visit);
    if (!logged.ok) return logged.errors;
    notify('mentorflow.visits.logged', { type: 'success' });
    refresh();
    onClose();
    return undefined;
  };

  return (
    <DraftFormDialog
      open={open}
      onClose={onClose}
      testId="visit-dialog"
      title={translate('mentorflow.visits.log')}
      // What was typed last time (this device or another) and not logged yet.
      draftKey={`visit:${programId}`}
      defaultValues={defaults}
      onSubmit={submit}
      cancelTestId="visit-cancel"
      confirm={{ label: 'mentorflow.visits.save', testId: 'visit-submit' }}
    >
      <Box sx={{ display: 'flex', gap: 2, flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
        <DateInput source="date" label="mentorflow.visits.date" validate={validateDate} />
        <NumberInput source="durationMinutes" label="mentorflow.visits.duration" min={5} max={1440} step={15} validate={validateDuration} />
      </Box>
      <RadioButtonGroupInput source="mode" label="mentorflow.visits.mode" choices={contactModeChoices} validate={validateMode} />
      <TextInput
        source="notes"
        label="mentorflow.visits.notes"
        helperText="mentorflow.visits.notes_help"
        multiline
        minRows={3}
        validate={validateNotes}
      />
      <TextInput
        source="internalNotes"
        label="mentorflow.visits.internal_notes"
        helperText="mentorflow.visits.internal_notes_help"
        multiline
        minRows={2}
        validate={validateInternalNotes}
      />
      {openItems.length > 0 && (
        <CheckboxGroupInput
          source="planItemIds"
          label="mentorflow.visits.plan_items"
          choices={openItems.map((i) => ({ id: i.id, name: i.title }))}
          translateChoice={false}
          row={false}
          helperText="mentorflow.visits.plan_items_help"
        />
      )}
    </DraftFormDialog>
  );
};
