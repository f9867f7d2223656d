import { Box } from '@mui/material';
import { DateInput, SelectInput, TextInput, maxLength, minLength, required, useSimpleFormIteratorItem } from 'react-admin';
import { pathResolver } from '../../common/fieldPaths';
import { genderMarkerChoices, priorityChoices, studyTypeChoices } from '../choices';
import type { ImprovementPlanData, PlanItemInput } from '../domain';
import { useConfigText } from '../useConfigText';
import { ResourcesByElement } from '../../resources/ElementResources';
import { ChecklistInput, RequiredSelect, atLeastOne } from '../../common/forms/ChoiceInputs';
import { ListInput } from '../../common/forms/ListInput';
import { GenderPlanHint } from './GenderPlanHint';
import { ContextLayout } from '../../tasks/context/ContextLayout';
import { ImprovementPlanContextPanel } from '../../tasks/context/TaskContextPanels';
import { Section } from '../../tasks/forms/Section';
import { TaskForm } from '../../tasks/forms/TaskForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';

const validateTitle = [required(), minLength(3), maxLength(300)];
const validateRequired = [required()];
const validateItems = atLeastOne('mentorflow.validation.plan_items_required');

type Values = FormValues;

const NEW_ITEM = {
  element: null,
  studyType: null,
  title: '',
  priority: 'medium',
  targetDate: null,
  principles: [],
  genderMarker: 0,
};

const toPayload = (values: Values): ImprovementPlanData => ({
  items: (values.items ?? []).map((item: Values | null): PlanItemInput => ({
    element: item?.element,
    studyType: item?.studyType,
    title: String(item?.title ?? '').trim(),
    priority: item?.priority,
    targetDate: item?.targetDate ? String(item.targetDate) : '',
    principles: item?.principles ?? [],
    genderMarker: item?.genderMarker == null || item.genderMarker === '' ? 0 : Number(item.genderMarker),
  })),
});

const resolvePath = pathResolver({
  inputs: [/^items\.\d+\.(element|studyType|title|priority|targetDate|principles|genderMarker)$/],
  arrays: ['items'],
});

const grid = {
  display: 'grid',
  // Two columns at most: the form shares the width with what it builds on (the context panel).
  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
  columnGap: 2,
  width: '100%',
};

interface Choice {
  id: string;
  name: string;
}

/**
 * One improvement's inputs (items.N.*), in a box `data-testid="plan-item-N"`: tests pick
 * a principle with `[data-testid="plan-item-0"] input[value="transparency"]`.
 */
const PlanItemFields = ({
  elementChoices,
  principleChoices,
  studyTypes,
}: {
  elementChoices: Choice[];
  principleChoices: Choice[];
  studyTypes: readonly string[];
}) => {
  const { index } = useSimpleFormIteratorItem();
  return (
    <Box sx={{ width: '100%' }} data-testid={`plan-item-${index}`}>
      <TextInput source="title" label="mentorflow.plan.title" validate={validateTitle} helperText={false} />
      <Box sx={grid}>
        <RequiredSelect
          source="element"
          label="mentorflow.plan.element"
          choices={elementChoices}
          translateChoice={false}
          helperText={false}
        />
        <RequiredSelect source="studyType" label="mentorflow.plan.study_type" choices={studyTypeChoices(studyTypes)} helperText={false} />
        <RequiredSelect source="priority" label="mentorflow.plan.priority" choices={priorityChoices} helperText={false} />
        <DateInput source="targetDate" label="mentorflow.plan.target_date" validate={validateRequired} helperText={false} />
      </Box>
      <Box sx={{ ...grid, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' } }}>
        <ChecklistInput
          source="principles"
          label="mentorflow.plan.principles"
          choices={principleChoices}
          row
          noneMessage="mentorflow.validation.principles_required"
          helperText={false}
        />
        <SelectInput source="genderMarker" label="mentorflow.plan.gender_marker" choices={genderMarkerChoices} helperText={false} />
      </Box>
    </Box>
  );
};

/**
 * The yearly improvement plan: prioritised items, each tied to an element, a study type,
 * principles and a target date, with a gender marker. Items can be added, removed and
 * reordered (the order is the plan's priority order).
 */
export const ImprovementPlanForm = ({ task, readOnly, config }: TaskFormPageProps) => {
  const text = useConfigText(config);
  const elementChoices = text.config.elements.map((e) => ({ id: e.slug, name: text.element(e.slug) }));
  const principleChoices = text.config.principles.map((p) => ({ id: p.slug, name: text.principle(p.slug) }));
  const initialValues = (task.data as Values | null) ?? { items: [NEW_ITEM] };
  return (
    <ContextLayout context={<ImprovementPlanContextPanel task={task} config={config} />}>
      <TaskForm task={task} readOnly={readOnly} initialValues={initialValues} toPayload={toPayload} resolvePath={resolvePath}>
        {!readOnly && <GenderPlanHint required={!!task.context?.genderPlanRequired} />}
        {!readOnly && <ResourcesByElement elementName={text.element} />}
        <Section title="mentorflow.improvement_plan.items" help="mentorflow.improvement_plan.items_help" testId="section-plan-items">
          <ListInput
            source="items"
            readOnly={readOnly}
            validate={validateItems}
            add={{ label: 'mentorflow.improvement_plan.add_item', testId: 'add-plan-item', item: NEW_ITEM }}
            layout="divided"
          >
            <PlanItemFields elementChoices={elementChoices} principleChoices={principleChoices} studyTypes={text.config.studyTypes} />
          </ListInput>
        </Section>
      </TaskForm>
    </ContextLayout>
  );
};
