import { Box } from '@mui/material';
import { DateInput, TextInput, maxLength, minLength, required, useSimpleFormIteratorItem, useTranslate } from 'react-admin';
import { PLAN_LIST_MIN, PLAN_LISTS, type AdvocacyPlan, type PlanList } from '../domain';
import { pathResolver } from '../../common/fieldPaths';
import { ListInput } from '../../common/forms/ListInput';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { Section } from '../../tasks/forms/Section';
import { TextListInput, minEntries } from './TextListInput';
import type { FormValues } from '../../tasks/forms/types';

const validateGoal = [required(), minLength(10), maxLength(2000)];
const validateTitle = [required(), maxLength(300)];
const validateStart = [required()];
const validateEnd = [
  required(),
  (end: string | null, values: FormValues, props: { finalSource?: string }) => {
    // finalSource is "activities.N.end": compare with the same activity's start.
    const index = Number(/activities\.(\d+)\.end/.exec(props?.finalSource ?? '')?.[1]);
    const start = Number.isNaN(index) ? undefined : values?.activities?.[index]?.start;
    return start && end && end < start ? 'mentorflow.advocacy.validation.end_before_start' : undefined;
  },
];

type Values = FormValues;

export const NEW_ACTIVITY = { title: '', start: null, end: null };

export const EMPTY_PLAN: Values = {
  goal: '',
  objectives: [''],
  targetDecisionMakers: [''],
  allies: [],
  opponents: [],
  keyMessages: [''],
  activities: [NEW_ACTIVITY],
  indicators: [''],
  legalMechanisms: [''],
  risks: [],
};

const text = (value: unknown) => String(value ?? '').trim();

/** Form values -> the AdvocacyPlan of task-data.ts. */
export const toPlan = (values: Values): AdvocacyPlan => ({
  goal: text(values.goal),
  ...(Object.fromEntries(PLAN_LISTS.map((list) => [list, (values[list] ?? []).map(text)])) as Record<PlanList, string[]>),
  activities: (values.activities ?? []).map((a: Values | null) => ({
    title: text(a?.title),
    start: a?.start ? String(a.start) : '',
    end: a?.end ? String(a.end) : '',
  })),
});

export const resolvePlanPath = pathResolver({
  inputs: [/^goal$/, new RegExp(`^(${PLAN_LISTS.join('|')})\\.\\d+$`), /^activities\.\d+\.(title|start|end)$/],
  arrays: [...PLAN_LISTS, 'activities'],
});

/** One activity (activities.N.*) in a row `data-testid="activity-N"`. */
const ActivityFields = () => {
  const { index } = useSimpleFormIteratorItem();
  return (
    <Box
      sx={{
        display: 'grid',
        // The title gets its own row unless the editor is wide (it shares the page with the versions).
        gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', xl: 'minmax(0, 1fr) 170px 170px' },
        '& > :first-of-type': { gridColumn: { sm: '1 / -1', xl: 'auto' } },
        columnGap: 1.5,
        width: '100%',
      }}
      data-testid={`activity-${index}`}
    >
      <TextInput source="title" label="mentorflow.advocacy.plan.activity_title" validate={validateTitle} helperText={false} />
      <DateInput source="start" label="mentorflow.advocacy.plan.activity_start" validate={validateStart} helperText={false} />
      <DateInput source="end" label="mentorflow.advocacy.plan.activity_end" validate={validateEnd} helperText={false} />
    </Box>
  );
};

const List = ({ name, readOnly }: { name: PlanList; readOnly: boolean }) => (
  <TextListInput
    source={name}
    label={`mentorflow.advocacy.plan.${name}`}
    addLabel={`mentorflow.advocacy.plan.add.${name}`}
    help={`mentorflow.advocacy.plan.help.${name}`}
    min={PLAN_LIST_MIN[name]}
    readOnly={readOnly}
  />
);

/** A part of the plan made of its lists only (who decides / helps / opposes; how it is measured). */
const ListsSection = ({ name, lists, readOnly }: { name: string; lists: PlanList[]; readOnly: boolean }) => (
  <Section title={`mentorflow.advocacy.plan.section_${name}`} testId={`section-${name}`}>
    {lists.map((list) => (
      <List key={list} name={list} readOnly={readOnly} />
    ))}
  </Section>
);

/**
 * The inputs of an advocacy plan: goal, objectives, who decides / helps / opposes, key
 * messages, activities with dates, indicators, legal mechanisms and risks. Inputs are named
 * as the API's error paths: goal, objectives.N, activities.N.start, ...
 */
export const PlanFields = ({ readOnly }: { readOnly: boolean }) => {
  const translate = useTranslate();
  return (
    <Box data-testid="plan-fields">
      <Section title="mentorflow.advocacy.plan.section_goal" testId="section-goal">
        <LongTextInput
          source="goal"
          label="mentorflow.advocacy.plan.goal"
          minRows={2}
          validate={validateGoal}
          helperText="mentorflow.advocacy.plan.goal_help"
        />
        <List name="objectives" readOnly={readOnly} />
      </Section>
      <ListsSection name="actors" lists={['targetDecisionMakers', 'allies', 'opponents']} readOnly={readOnly} />
      <Section title="mentorflow.advocacy.plan.section_actions" testId="section-actions">
        <List name="keyMessages" readOnly={readOnly} />
        <Box sx={{ mb: 1 }}>
          <Box component="h3" sx={{ typography: 'subtitle2', fontWeight: 600, m: 0 }}>
            {translate('mentorflow.advocacy.plan.activities')}
          </Box>
          <ListInput
            source="activities"
            readOnly={readOnly}
            validate={minEntries(1)}
            add={{ label: 'mentorflow.advocacy.plan.add.activities', testId: 'add-activities', item: NEW_ACTIVITY }}
            layout="stacked"
          >
            <ActivityFields />
          </ListInput>
        </Box>
      </Section>
      <ListsSection name="measure" lists={['indicators', 'legalMechanisms', 'risks']} readOnly={readOnly} />
    </Box>
  );
};
