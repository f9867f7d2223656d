import NotificationsIcon from '@mui/icons-material/Notifications';
import { NotificationList } from './NotificationList';

/** The signed-in user's notifications (`notifications` resource, list only). */
export default {
  list: NotificationList,
  icon: NotificationsIcon,
};
