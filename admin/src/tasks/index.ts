import InboxIcon from '@mui/icons-material/Inbox';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

/** Workflow tasks: the inbox and one form per task type (`tasks` resource). */
export default {
  list: TaskList,
  show: TaskShow,
  icon: InboxIcon,
};
