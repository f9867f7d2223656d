import { taskFormFor } from '../programs/registry';
import type { TaskFormPageProps } from './forms/types';

/** The form of a task's type (read-only for completed tasks and other people's tasks); see programs/registry.tsx. */
export const TaskFormFor = (props: TaskFormPageProps) => {
  const Component = taskFormFor(props.task as unknown as { type: string; form?: unknown });
  return Component ? <Component {...props} /> : null;
};
