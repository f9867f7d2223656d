import { TaskForm, type TaskFormProps } from '../../tasks/forms/TaskForm';
import type { FormValues } from '../../tasks/forms/types';

/** How a task form edits its task's data: the empty form, the payload it sends, where server errors show. */
export type TaskDataSpec = Pick<TaskFormProps<FormValues>, 'toPayload' | 'resolvePath'> & { empty: FormValues };

type TaskDataFormProps = Omit<TaskFormProps<FormValues>, 'initialValues' | 'toPayload' | 'resolvePath'> & { spec: TaskDataSpec };

/** The form of a task whose data are the form's values: the data already sent (read-only), else the empty form. */
export const TaskDataForm = ({ spec: { empty, toPayload, resolvePath }, task, ...props }: TaskDataFormProps) => (
  <TaskForm
    task={task}
    initialValues={(task.data as FormValues | null) ?? empty}
    toPayload={toPayload}
    resolvePath={resolvePath}
    {...props}
  />
);
