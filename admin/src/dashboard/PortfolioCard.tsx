import {
  Box,
  Chip,
  List,
  ListItemButton,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ProgramStatusChip } from '../institutional/chips';
import { DueChip } from '../tasks/DueChip';
import { ChartCard } from './ChartCard';
import { useFormatDate } from './format';
import { useStageLabel } from './labels';
import type { PortfolioItem } from './types';
import { usePage } from './usePage';

const PER_PAGE = 8;

/**
 * A mentor's running programs (both kinds) by urgency, as the API orders them: overdue tasks
 * first, then the next task due; eight per page.
 */
export const PortfolioCard = ({ items }: { items: PortfolioItem[] }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const stageLabel = useStageLabel();
  const formatDate = useFormatDate();
  const { shown, control } = usePage(items, PER_PAGE, 'dashboard-portfolio');
  // On a phone, one line per program (name, stage, what is due) rather than six columns.
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  if (narrow) {
    return (
      <ChartCard
        title={translate('mentorflow.dashboard.portfolio')}
        subheader={translate('mentorflow.dashboard.portfolio_count', { smart_count: items.length })}
        empty={items.length === 0}
        emptyText={translate('mentorflow.dashboard.portfolio_empty')}
        testId="dashboard-portfolio"
      >
        <List dense disablePadding>
          {shown.map((item) => (
            <ListItemButton key={item.id} component={Link} to={`/programs/${item.id}/show`} divider data-testid="dashboard-portfolio-row">
              <ListItemText
                primary={item.organizationName}
                secondary={`${stageLabel(item.type, item.stage, item.stageName)} · ${translate('mentorflow.programs.year_of', { year: item.year, years: item.years })}`}
                slotProps={{ primary: { noWrap: true } }}
              />
              {item.overdueTaskCount > 0 ? (
                <Chip size="small" color="error" label={item.overdueTaskCount} />
              ) : item.nextDueAt ? (
                <DueChip dueAt={item.nextDueAt} />
              ) : null}
            </ListItemButton>
          ))}
        </List>
        {control}
      </ChartCard>
    );
  }
  return (
    <ChartCard
      title={translate('mentorflow.dashboard.portfolio')}
      subheader={translate('mentorflow.dashboard.portfolio_count', { smart_count: items.length })}
      empty={items.length === 0}
      emptyText={translate('mentorflow.dashboard.portfolio_empty')}
      testId="dashboard-portfolio"
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.programs.fields.organizationName')}</TableCell>
              <TableCell>{translate('resources.programs.fields.stage')}</TableCell>
              <TableCell>{translate('resources.programs.fields.status')}</TableCell>
              <TableCell align="right">{translate('resources.programs.fields.overdueTaskCount')}</TableCell>
              <TableCell>{translate('mentorflow.dashboard.next_due')}</TableCell>
              <TableCell>{translate('resources.programs.fields.lastContactAt')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((item) => (
              <TableRow
                key={item.id}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => navigate(`/programs/${item.id}/show`)}
                data-testid="dashboard-portfolio-row"
              >
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {item.organizationName}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {translate(`mentorflow.program_types.${item.type}`)} ·{' '}
                    {translate('mentorflow.programs.year_of', { year: item.year, years: item.years })}
                  </Typography>
                </TableCell>
                <TableCell>{stageLabel(item.type, item.stage, item.stageName)}</TableCell>
                <TableCell>
                  <ProgramStatusChip status={item.status} />
                </TableCell>
                <TableCell align="right">
                  {item.overdueTaskCount > 0 ? <Chip size="small" color="error" label={item.overdueTaskCount} /> : 0}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {item.nextDueAt ? <DueChip dueAt={item.nextDueAt} overdue={item.overdueTaskCount > 0} /> : '—'}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.lastContactAt ? formatDate(item.lastContactAt) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {control}
    </ChartCard>
  );
};
