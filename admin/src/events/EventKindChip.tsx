import GroupsIcon from '@mui/icons-material/Groups';
import SchoolIcon from '@mui/icons-material/School';
import { KeyChip } from '../common/KeyChip';

/** Meeting or workshop. */
export const EventKindChip = ({ kind }: { kind?: string }) => (
  <KeyChip
    value={kind}
    prefix="mentorflow.events.kinds"
    variant="outlined"
    color={kind === 'workshop' ? 'secondary' : 'primary'}
    icon={kind === 'workshop' ? <SchoolIcon /> : <GroupsIcon />}
    data-testid="event-kind"
  />
);
