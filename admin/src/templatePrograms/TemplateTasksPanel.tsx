import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { OpenTasksPanel } from '../programs/show/OpenTasksPanel';
import type { TemplateDefinition } from '../programTypes/types';
import { useText } from '../programTypes/text';

/** The program's open tasks by their designed names, with who does them and when they are due. */
export const TemplateTasksPanel = ({ programId, definition }: { programId: string; definition: TemplateDefinition }) => {
  const text = useText();
  const names = new Map(definition.stages.flatMap((stage) => stage.tasks.map((task) => [task.id, task.name] as const)));
  return (
    <OpenTasksPanel
      programId={programId}
      name={(task) => text(names.get(task.type)) || task.type}
      icon={<AssignmentIcon fontSize="small" color="action" />}
    />
  );
};
