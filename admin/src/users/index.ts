import PeopleIcon from '@mui/icons-material/People';
import { UserCreate } from './UserCreate';
import { UserList } from './UserList';

/** Console accounts (admins only): list and create; the API has no edit yet. */
export default {
    list: UserList,
    create: UserCreate,
    icon: PeopleIcon,
    recordRepresentation: 'fullName',
};
