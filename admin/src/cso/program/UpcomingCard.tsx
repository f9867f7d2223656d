import { useQuery } from '@tanstack/react-query';
import { List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import GroupsIcon from '@mui/icons-material/Groups';
import TimerIcon from '@mui/icons-material/TimerOutlined';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import { Panel } from '../../programs/show/Panel';
import { getUpcoming } from '../api';
import { QueryContent } from '../QueryContent';

// The API's English names of timers (api/cso/follow.service.ts), named here in the console's language.
const TIMERS: Record<string, string> = {
  'implementation check-in': 'checkin',
  'mid-year review': 'mid_year_review',
  'next contact': 'next_contact',
  'year end': 'year_end',
  'end of implementation support': 'implementation_end',
};

const ICONS = { visit: <EventIcon />, task: <AssignmentIcon />, event: <GroupsIcon />, timer: <TimerIcon /> };

/** GET /programs/:id/upcoming: the next check-in, open tasks' due dates, events, soonest first. */
export const UpcomingCard = ({ programId }: { programId: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const query = useQuery({ queryKey: ['cso-upcoming', programId], queryFn: () => getUpcoming(programId) });
  return (
    <Panel title={translate('mentorflow.cso.program.upcoming')} testId="cso-upcoming">
      <QueryContent query={query} empty={{ when: (data) => data.length === 0, text: translate('mentorflow.cso.program.upcoming_none') }}>
        {(data) => (
          <List dense disablePadding>
            {data.slice(0, 6).map((item, index) => (
              <ListItem key={`${item.kind}-${index}`} disableGutters data-testid="cso-upcoming-item" data-kind={item.kind}>
                <ListItemIcon sx={{ minWidth: 36 }}>{ICONS[item.kind] ?? <EventIcon />}</ListItemIcon>
                <ListItemText
                  primary={
                    item.kind === 'task' && item.taskType
                      ? translate('mentorflow.cso.upcoming.task_due', {
                          task: translate(`mentorflow.task_types.${item.taskType}`, { _: item.taskType }),
                        })
                      : item.kind !== 'event' && TIMERS[item.title]
                        ? translate(`mentorflow.cso.upcoming.${TIMERS[item.title]}`)
                        : item.title
                  }
                  secondary={formatDate(item.date)}
                />
              </ListItem>
            ))}
          </List>
        )}
      </QueryContent>
    </Panel>
  );
};
