import MenuBookIcon from '@mui/icons-material/MenuBook';
import { ResourceCreate } from './ResourceCreate';
import { ResourceEdit } from './ResourceEdit';
import { ResourceList } from './ResourceList';

/** The resource library (`resources`): modules and templates per management element. */
export default { list: ResourceList, edit: ResourceEdit, create: ResourceCreate, icon: MenuBookIcon, recordRepresentation: 'titleEn' };
