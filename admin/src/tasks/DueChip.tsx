import { Chip } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useTranslate } from 'react-admin';
import { daysUntil } from './daysUntil';

interface DueChipProps {
  dueAt?: string | null;
  overdue?: boolean;
  status?: string;
}

/**
 * "Overdue by 3 days" (red), "Due today" / "Due in 2 days" (amber within a week),
 * "Due in 20 days". Nothing for tasks that are no longer open.
 */
export const DueChip = ({ dueAt, overdue, status = 'open' }: DueChipProps) => {
  const translate = useTranslate();
  if (!dueAt || status !== 'open') return null;
  const days = daysUntil(dueAt);
  if (overdue || days < 0) {
    return (
      <Chip
        size="small"
        color="error"
        icon={<AlarmIcon />}
        label={days < 0 ? translate('mentorflow.due.overdue_by', { smart_count: -days }) : translate('mentorflow.due.overdue')}
        data-testid="due-chip"
        data-overdue="true"
      />
    );
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      color={days <= 7 ? 'warning' : 'default'}
      icon={<ScheduleIcon />}
      label={days === 0 ? translate('mentorflow.due.today') : translate('mentorflow.due.in', { smart_count: days })}
      data-testid="due-chip"
      data-overdue="false"
    />
  );
};
