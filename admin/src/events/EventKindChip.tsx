import { Chip } from '@mui/material';
import GroupsIcon from '@mui/icons-material/Groups';
import SchoolIcon from '@mui/icons-material/School';
import { useTranslate } from 'react-admin';

/** Meeting or workshop. */
export const EventKindChip = ({ kind }: { kind?: string }) => {
  const translate = useTranslate();
  if (!kind) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={kind === 'workshop' ? 'secondary' : 'primary'}
      icon={kind === 'workshop' ? <SchoolIcon /> : <GroupsIcon />}
      label={translate(`mentorflow.events.kinds.${kind}`, { _: kind })}
      data-testid="event-kind"
    />
  );
};
