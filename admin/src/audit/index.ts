import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { AuditList } from './AuditList';

/** The audit log (`audit` resource): list only, rows expand to their details. */
export default {
  list: AuditList,
  icon: ManageSearchIcon,
};
