import { levelChoices } from '../choices';
import type { NeedsAssessmentData } from '../domain';
import { pathResolver } from '../../common/fieldPaths';
import { ChecklistInput } from '../../common/forms/ChoiceInputs';
import { ListInput } from '../../common/forms/ListInput';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';
import { TextListInput, minEntries } from './TextListInput';

type Values = FormValues;

const emptyValues: Values = {
  needs: [{ description: '' }],
  priorities: '',
  constituencies: [''],
  levels: [],
};

/** Needs are numbered N1, N2, ... in their order: the curriculum refers to them by these ids. */
export const needId = (index: number) => `N${index + 1}`;

const toPayload = (values: Values): NeedsAssessmentData => ({
  needs: (values.needs ?? []).map((need: Values | null, i: number) => ({
    id: needId(i),
    description: String(need?.description ?? '').trim(),
  })),
  priorities: String(values.priorities ?? '').trim(),
  constituencies: (values.constituencies ?? []).map((c: unknown) => String(c ?? '').trim()),
  levels: values.levels ?? [],
});

const resolvePath = pathResolver({
  inputs: [/^needs\.\d+\.description$/, /^priorities$/, /^constituencies\.\d+$/, /^levels$/],
  arrays: ['needs', 'constituencies'],
  // A need's id is given by its position: its errors go to the description.
  redirects: [[/^(needs\.\d+)\.id$/, '$1.description']],
});

const form: TaskDataSpec = { empty: emptyValues, toPayload, resolvePath };

/**
 * The needs assessment of the selection phase: the CSO's advocacy needs (numbered N1..;
 * the curriculum answers them), its priorities, constituencies and the levels it works at.
 */
export const NeedsAssessmentForm = ({ task, readOnly }: TaskFormPageProps) => (
  <TaskDataForm task={task} readOnly={readOnly} spec={form}>
    <Section title="mentorflow.advocacy.needs.needs" help="mentorflow.advocacy.needs.needs_help" testId="section-needs">
      <ListInput
        source="needs"
        readOnly={readOnly}
        validate={minEntries(1)}
        add={{ label: 'mentorflow.advocacy.needs.add_need', testId: 'add-need', item: { description: '' } }}
        itemLabel={needId}
      >
        <LongTextInput
          source="description"
          label="mentorflow.advocacy.needs.description"
          minRows={1}
          maxLength={2000}
          helperText={false}
          sx={{ flex: 1, minWidth: 320 }}
        />
      </ListInput>
    </Section>
    <Section title="mentorflow.advocacy.needs.focus">
      <LongTextInput
        source="priorities"
        label="mentorflow.advocacy.needs.priorities"
        maxLength={4000}
        helperText="mentorflow.advocacy.needs.priorities_help"
      />
      <TextListInput
        source="constituencies"
        label="mentorflow.advocacy.needs.constituencies"
        addLabel="mentorflow.advocacy.needs.add_constituency"
        help="mentorflow.advocacy.needs.constituencies_help"
        min={1}
        readOnly={readOnly}
      />
      <ChecklistInput
        source="levels"
        label="mentorflow.advocacy.needs.levels"
        choices={levelChoices}
        translateChoice
        row
        noneMessage="mentorflow.advocacy.validation.levels_required"
        helperText="mentorflow.advocacy.needs.levels_help"
      />
    </Section>
  </TaskDataForm>
);
