import InboxIcon from '@mui/icons-material/Inbox';
import { usePermissions } from 'react-admin';
import { worksOnOwnPortfolio, type Role } from '../auth/roles';
import { EmptyPage } from '../common/EmptyPage';

/** No task at all (not "no match for the filters"): nothing is waiting for you. */
export const TaskEmpty = () => {
  const { permissions } = usePermissions<Role>();
  const prefix = worksOnOwnPortfolio(permissions) ? 'mine' : 'all';
  return <EmptyPage icon={InboxIcon} texts={`mentorflow.tasks.empty.${prefix}`} testId="tasks-empty" />;
};
