import ApartmentIcon from '@mui/icons-material/Apartment';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';

/** Civil society organizations (CSOs): the `organizations` resource. */
export default {
  list: OrganizationList,
  show: OrganizationShow,
  edit: OrganizationEdit,
  create: OrganizationCreate,
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
