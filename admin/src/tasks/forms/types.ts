import type { InstitutionalConfig } from '../../institutional/domain';
import type { TaskRecord } from '../../institutional/types';

export interface TaskFormPageProps {
  task: TaskRecord;
  readOnly: boolean;
  /** The program's configuration snapshot (element names, grade scale). */
  config: InstitutionalConfig | undefined;
}

/**
 * The values of a react-admin task form as react-hook-form holds them: whatever the inputs hold
 * while someone types (strings, nulls, nested arrays). Each form's `toPayload` turns them into the
 * typed task data the API checks again.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FormValues = Record<string, any>;
