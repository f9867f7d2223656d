import PeopleIcon from '@mui/icons-material/People';
import { CreateButton } from 'react-admin';
import { EmptyPage } from '../common/EmptyPage';

export const UserEmpty = () => (
  <EmptyPage icon={PeopleIcon} texts="mentorflow.users.empty" actions={<CreateButton variant="contained" />} />
);
