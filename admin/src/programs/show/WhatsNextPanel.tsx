import EventIcon from '@mui/icons-material/EventOutlined';
import { Box, Card, CardContent, Chip, Divider, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import { nextCheckinOf, upcomingOf, type LiveForUpcoming, type ProgramDurations, type UpcomingEntry } from './upcoming';

interface Props {
  live: LiveForUpcoming | null | undefined;
  durations: ProgramDurations | undefined;
  startDate: string;
}

const useLabel = () => {
  const translate = useTranslate();
  return (u: UpcomingEntry, year?: number) =>
    u.kind === 'task_due'
      ? translate('mentorflow.whats_next.kinds.task_due', {
          task: translate(`mentorflow.task_types.${u.taskType}`, { _: u.taskType ?? '' }),
        })
      : translate(`mentorflow.whats_next.kinds.${u.kind}`, { year: year ?? '' });
};

/** The entry's text, linked to its task when it is one. */
const Entry = ({ entry, year, strong }: { entry: UpcomingEntry; year?: number; strong?: boolean }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const label = useLabel()(entry, year);
  return (
    <Box
      sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}
      data-testid="upcoming-entry"
      data-kind={entry.kind}
      data-at={entry.at}
    >
      <Typography variant={strong ? 'subtitle1' : 'body2'} component="span" sx={{ fontWeight: strong ? 600 : 400 }}>
        {entry.taskId ? (
          <Link component={RouterLink} to={`/tasks/${entry.taskId}/show`}>
            {label}
          </Link>
        ) : (
          label
        )}
      </Typography>
      <Typography variant={strong ? 'subtitle1' : 'body2'} component="span" color={entry.overdue ? 'error' : 'text.secondary'}>
        {formatDate(entry.at)}
      </Typography>
      {entry.overdue && <Chip size="small" color="error" label={translate('mentorflow.whats_next.overdue')} />}
    </Box>
  );
};

/**
 * "What's next" on a program page: the next task or timer with its full date, what follows,
 * and the next check-in. Uses the workflow's `upcoming` list when it reports one.
 */
export const WhatsNextPanel = ({ live, durations, startDate, year }: Props & { year?: number }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const upcoming = upcomingOf(live);
  const checkin = nextCheckinOf(live, durations, upcoming);
  const [first, ...rest] = upcoming.filter((u) => u.kind !== 'checkin');
  return (
    <Card variant="outlined" data-testid="whats-next" data-source={Array.isArray(live?.upcoming) ? 'workflow' : 'derived'}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap', alignItems: 'baseline' }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, display: 'flex', alignItems: 'center', gap: 1 }}>
            <EventIcon fontSize="small" color="action" />
            {translate('mentorflow.whats_next.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" data-testid="whats-next-start">
            {translate(
              Date.parse(`${startDate.slice(0, 10)}T00:00:00`) > Date.now()
                ? 'mentorflow.whats_next.starts'
                : 'mentorflow.whats_next.started',
              { date: formatDate(startDate) },
            )}
          </Typography>
        </Box>
        {first ? (
          <Box data-testid="whats-next-first" data-kind={first.kind} data-at={first.at}>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('mentorflow.whats_next.next')}
            </Typography>
            <Entry entry={first} year={year} strong />
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary" data-testid="whats-next-none">
            {translate('mentorflow.whats_next.none')}
          </Typography>
        )}
        {rest.length > 0 && (
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('mentorflow.whats_next.later')}
            </Typography>
            <Box sx={{ display: 'grid', gap: 0.5 }}>
              {rest.slice(0, 4).map((u) => (
                <Entry key={`${u.kind}-${u.taskId ?? ''}-${u.at}`} entry={u} year={year} />
              ))}
            </Box>
          </Box>
        )}
        <Divider />
        <Box data-testid="next-checkin" data-at={checkin ?? ''} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'baseline' }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {translate('mentorflow.whats_next.next_checkin')}:
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {checkin ? formatDate(checkin) : translate('mentorflow.whats_next.no_checkin')}
          </Typography>
        </Box>
      </CardContent>
    </Card>
  );
};
