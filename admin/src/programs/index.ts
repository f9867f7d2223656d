import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { ProgramCreate } from './ProgramCreate';
import { ProgramList } from './ProgramList';
import { ProgramShow } from './ProgramShow';

/** Institutional development programs, one Temporal workflow each (`programs` resource). */
export default {
  list: ProgramList,
  show: ProgramShow,
  create: ProgramCreate,
  icon: AccountTreeIcon,
  recordRepresentation: 'organizationName',
};
