import { Box } from '@mui/material';
import { NumberInput, TextInput, maxLength, maxValue, minValue, number, required, useSimpleFormIteratorItem } from 'react-admin';
import type { CurriculumData } from '../domain';
import { advocacyContext } from '../types';
import { pathResolver } from '../../common/fieldPaths';
import { ChecklistInput } from '../../common/forms/ChoiceInputs';
import { ListInput } from '../../common/forms/ListInput';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';
import { NeedsList } from '../NeedsList';
import { minEntries } from './TextListInput';

const validateTitle = [required(), maxLength(300)];
const validateHours = [required(), number(), minValue(1), maxValue(40)];
/** Topics are typed one per line; at least one (blank lines are dropped). */
const formatTopics = (value: unknown) => (Array.isArray(value) ? value.join('\n') : String(value ?? ''));
const parseTopics = (text: string) => String(text ?? '').split('\n');
const validateTopics = [
  (value: unknown) =>
    (Array.isArray(value) ? value : []).some((t) => String(t ?? '').trim()) ? undefined : 'mentorflow.advocacy.validation.topics_required',
];

type Values = FormValues;

const NEW_MODULE = { title: '', topics: [''], hours: null, needIds: [] };

const toPayload = (values: Values): CurriculumData => ({
  modules: (values.modules ?? []).map((m: Values | null) => ({
    title: String(m?.title ?? '').trim(),
    topics: (m?.topics ?? []).map((t: unknown) => String(t ?? '').trim()).filter(Boolean),
    hours: m?.hours == null || m.hours === '' ? (null as unknown as number) : Number(m.hours),
    needIds: m?.needIds ?? [],
  })),
});

const resolvePath = pathResolver({
  inputs: [/^modules\.\d+\.(title|hours|needIds|topics)$/],
  arrays: ['modules'],
  // "modules.0.needIds.1 is not a need of the needs assessment" -> the module's checkboxes;
  // "modules.0.topics.2 ..." -> the module's topics (one per line).
  redirects: [[/^(modules\.\d+\.(needIds|topics))\.\d+$/, '$1']],
});

const form: TaskDataSpec = { empty: { modules: [NEW_MODULE] }, toPayload, resolvePath };

interface Choice {
  id: string;
  name: string;
}

/** One module (modules.N.*) in a box `data-testid="module-N"`. */
const ModuleFields = ({ needChoices }: { needChoices: Choice[] }) => {
  const { index } = useSimpleFormIteratorItem();
  return (
    <Box sx={{ width: '100%' }} data-testid={`module-${index}`}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 160px' }, columnGap: 2 }}>
        <TextInput source="title" label="mentorflow.advocacy.curriculum.title" validate={validateTitle} helperText={false} />
        <NumberInput
          source="hours"
          label="mentorflow.advocacy.curriculum.hours"
          min={1}
          max={40}
          step={1}
          validate={validateHours}
          helperText={false}
        />
      </Box>
      <LongTextInput
        source="topics"
        label="mentorflow.advocacy.curriculum.topics"
        minRows={2}
        format={formatTopics}
        parse={parseTopics}
        validate={validateTopics}
        helperText="mentorflow.advocacy.curriculum.topics_help"
      />
      <ChecklistInput
        source="needIds"
        label="mentorflow.advocacy.curriculum.need_ids"
        choices={needChoices}
        noneMessage="mentorflow.advocacy.validation.need_ids_required"
        helperText="mentorflow.advocacy.curriculum.need_ids_help"
      />
    </Box>
  );
};

/**
 * The curriculum tailored to the needs assessment: modules with topics and hours, each
 * answering one or more of the assessed needs (a multi-select of N1, N2, ...).
 */
export const CurriculumForm = ({ task, readOnly }: TaskFormPageProps) => {
  const needs = advocacyContext(task)?.needs;
  const needChoices = (needs?.needs ?? []).map((n) => ({ id: n.id, name: `${n.id} — ${n.description}` }));
  return (
    <TaskDataForm task={task} readOnly={readOnly} spec={form}>
      <Section title="mentorflow.advocacy.curriculum.needs" testId="section-needs">
        <NeedsList needs={needs} />
      </Section>
      <Section title="mentorflow.advocacy.curriculum.modules" help="mentorflow.advocacy.curriculum.modules_help" testId="section-modules">
        <ListInput
          source="modules"
          readOnly={readOnly}
          validate={minEntries(1)}
          add={{ label: 'mentorflow.advocacy.curriculum.add_module', testId: 'add-module', item: NEW_MODULE }}
          layout="divided"
        >
          <ModuleFields needChoices={needChoices} />
        </ListInput>
      </Section>
    </TaskDataForm>
  );
};
