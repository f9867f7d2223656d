import type { InstitutionalConfig } from '../../institutional/domain';
import type { TaskRecord } from '../../institutional/types';

export interface TaskFormPageProps {
    task: TaskRecord;
    readOnly: boolean;
    /** The program's configuration snapshot (element names, grade scale). */
    config: InstitutionalConfig | undefined;
}
