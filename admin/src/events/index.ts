import GroupsIcon from '@mui/icons-material/Groups';
import { EventCreate } from './EventCreate';
import { EventEdit } from './EventEdit';
import { EventList } from './EventList';
import { EventShow } from './EventShow';

export { OrganizationTimeline } from './OrganizationTimeline';

/** CSO-CSO peer-learning meetings and workshops (`events` resource). */
export default {
  list: EventList,
  show: EventShow,
  edit: EventEdit,
  create: EventCreate,
  icon: GroupsIcon,
  recordRepresentation: 'topic',
};
