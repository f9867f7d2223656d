import GroupsIcon from '@mui/icons-material/Groups';
import { CreateButton, useCanAccess } from 'react-admin';
import { EmptyPage } from '../common/EmptyPage';

/** No peer-learning event recorded yet. */
export const EventEmpty = () => {
  const { canAccess } = useCanAccess({ resource: 'events', action: 'create' });
  return (
    <EmptyPage
      icon={GroupsIcon}
      texts="mentorflow.events.empty"
      actions={canAccess && <CreateButton variant="contained" />}
      testId="events-empty"
    />
  );
};
