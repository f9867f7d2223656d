import { LinearProgress } from 'react-admin';
import type { CurriculumData, TrainingData } from '../domain';
import { pathResolver } from '../../common/fieldPaths';
import { ChecklistInput } from '../../common/forms/ChoiceInputs';
import { DateListInput } from '../../common/forms/DateListInput';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';
import { PeopleInput } from './PeopleInput';
import { TextListInput } from './TextListInput';
import { useCompletedTasks } from './useCompletedTasks';

const MAX_DAYS = 5;

/** One day to five: the training is two days, a day may be added or a second one removed. */
const validateDays = (value: unknown[] | undefined) => {
  const count = (value ?? []).length;
  if (count < 1) return { message: 'mentorflow.advocacy.validation.list_min', args: { smart_count: 1 } };
  if (count > MAX_DAYS) return { message: 'mentorflow.advocacy.validation.list_max', args: { smart_count: MAX_DAYS } };
  return undefined;
};

const dayLabels = { add: 'mentorflow.advocacy.training.add_date', date: 'mentorflow.advocacy.training.date' };

type Values = FormValues;

const emptyValues: Values = {
  dates: [null, null],
  attendees: [
    { name: '', position: '' },
    { name: '', position: '' },
  ],
  modulesDelivered: [],
};

const toPayload = (values: Values): TrainingData => ({
  dates: (values.dates ?? []).map((d: unknown) => (d ? String(d) : '')),
  attendees: (values.attendees ?? []).map((p: Values | null) => ({
    name: String(p?.name ?? '').trim(),
    position: String(p?.position ?? '').trim(),
  })),
  modulesDelivered: (values.modulesDelivered ?? []).map((m: unknown) => String(m ?? '').trim()),
});

const resolvePath = pathResolver({
  inputs: [/^dates\.\d+$/, /^attendees\.\d+\.(name|position)$/, /^modulesDelivered\.\d+$/],
  arrays: ['dates', 'attendees', 'modulesDelivered'],
});

const form: TaskDataSpec = { empty: emptyValues, toPayload, resolvePath };

/** The modules delivered: ticked from the curriculum's modules, or typed when there is none. */
const ModulesDeliveredInput = ({ programId, readOnly }: { programId: string; readOnly: boolean }) => {
  const { tasks, isPending } = useCompletedTasks<CurriculumData>(programId, 'curriculum');
  if (isPending) return <LinearProgress />;
  const modules = tasks[0]?.data?.modules ?? [];
  if (modules.length === 0) {
    return (
      <TextListInput
        source="modulesDelivered"
        label="mentorflow.advocacy.training.modules"
        addLabel="mentorflow.advocacy.training.add_module"
        min={1}
        readOnly={readOnly}
      />
    );
  }
  return (
    <ChecklistInput
      source="modulesDelivered"
      // The section's title says it.
      label={false}
      choices={modules.map((m) => ({ id: m.title, name: `${m.title} (${m.hours} h)` }))}
      noneMessage="mentorflow.advocacy.validation.modules_required"
      helperText="mentorflow.advocacy.training.modules_help"
    />
  );
};

/** The two-day on-the-job training for management and key staff. */
export const TrainingForm = ({ task, readOnly }: TaskFormPageProps) => (
  <TaskDataForm task={task} readOnly={readOnly} spec={form}>
    <Section title="mentorflow.advocacy.training.days" help="mentorflow.advocacy.training.days_help">
      <DateListInput
        source="dates"
        readOnly={readOnly}
        validate={validateDays}
        labels={dayLabels}
        addTestId="add-dates"
        newDate={null}
        width={220}
      />
    </Section>
    <Section title="mentorflow.advocacy.training.attendees" help="mentorflow.advocacy.training.attendees_help" testId="section-attendees">
      <PeopleInput source="attendees" min={2} readOnly={readOnly} />
    </Section>
    <Section title="mentorflow.advocacy.training.delivered">
      <ModulesDeliveredInput programId={task.programId} readOnly={readOnly} />
    </Section>
  </TaskDataForm>
);
