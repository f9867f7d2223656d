import type { ComponentType } from 'react';
import { Box, Card, CardContent, Link as MuiLink, LinearProgress, Typography } from '@mui/material';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import GroupsIcon from '@mui/icons-material/Groups';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import SchoolIcon from '@mui/icons-material/School';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import TimelineIcon from '@mui/icons-material/Timeline';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { TimelineMarker } from '../common/TimelineMarker';
import { useFormatDate } from '../common/useFormatDate';
import { useTaskTypeLabel } from '../dashboard/labels';
import { useMentorflowDataProvider } from '../data/dataProvider';
import type { TimelineEntry } from './types';

const ICONS: Record<string, ComponentType<{ fontSize?: 'small' }>> = {
  program_started: RocketLaunchIcon,
  task_completed: TaskAltIcon,
  visit: DirectionsWalkIcon,
  peer_meeting: GroupsIcon,
  peer_workshop: SchoolIcon,
};

const COLORS: Record<string, string> = {
  program_started: 'primary.main',
  task_completed: 'success.main',
  visit: 'info.main',
  peer_meeting: 'warning.main',
  peer_workshop: 'secondary.main',
};

/**
 * The API sends codes for some entries (a program's type, a task's type, a contact mode,
 * "year 2"): shown in the console's language. Topics and notes are shown as written.
 */
const useEntryText = () => {
  const translate = useTranslate();
  const taskType = useTaskTypeLabel();
  return (entry: TimelineEntry) => {
    const year = /^year (\d+)$/.exec(entry.detail ?? '');
    switch (entry.kind) {
      case 'program_started':
        return { title: translate(`mentorflow.program_types.${entry.title}`, { _: entry.title }), detail: entry.detail };
      case 'task_completed':
        return {
          title: taskType(entry.title),
          detail: year ? translate('mentorflow.dashboard.year', { year: year[1] }) : entry.detail,
        };
      case 'visit':
        return { title: translate(`mentorflow.contact_modes.${entry.title}`, { _: entry.title }), detail: entry.detail };
      default:
        return { title: entry.title, detail: entry.detail };
    }
  };
};

const Entry = ({ entry, last }: { entry: TimelineEntry; last: boolean }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { title, detail } = useEntryText()(entry);
  return (
    <Box sx={{ display: 'flex', gap: 1.5 }} data-testid="timeline-entry" data-kind={entry.kind}>
      <TimelineMarker icon={ICONS[entry.kind] ?? TimelineIcon} color={COLORS[entry.kind] ?? 'grey.500'} connected={!last} />
      <Box sx={{ pb: last ? 0 : 2, minWidth: 0 }}>
        <Typography variant="caption" color="text.secondary">
          {formatDate(entry.at)} · {translate(`mentorflow.timeline.kinds.${entry.kind}`, { _: entry.kind })}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {entry.programId ? (
            <MuiLink component={Link} to={`/programs/${entry.programId}/show`} underline="hover" color="inherit">
              {title}
            </MuiLink>
          ) : (
            title
          )}
        </Typography>
        {detail && (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
            {detail}
          </Typography>
        )}
      </Box>
    </Box>
  );
};

/**
 * Everything that happened to a CSO, newest first: programs started, tasks completed,
 * visits, peer-learning meetings and workshops. For the organization show page.
 */
export const OrganizationTimeline = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const dataProvider = useMentorflowDataProvider();
  const { data, isPending, error } = useQuery({
    queryKey: ['organizations', 'timeline', record?.id],
    queryFn: () => dataProvider.getOrganizationTimeline(String(record!.id)),
    enabled: !!record?.id,
  });
  if (!record) return null;
  return (
    <Card variant="outlined" data-testid="organization-timeline">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
          {translate('mentorflow.timeline.title')}
        </Typography>
        {isPending ? (
          <LinearProgress />
        ) : error ? (
          <Typography variant="body2" color="error">
            {error instanceof Error ? error.message : String(error)}
          </Typography>
        ) : !data?.length ? (
          <Typography variant="body2" color="text.secondary" data-testid="timeline-empty">
            {translate('mentorflow.timeline.empty')}
          </Typography>
        ) : (
          <Box>
            {data.map((entry, i) => (
              <Entry key={`${entry.at}-${i}`} entry={entry} last={i === data.length - 1} />
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
