import { Chip, TableCell, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ProgramStatusChip } from '../institutional/chips';
import { DueChip } from '../tasks/DueChip';
import { ChartCard } from './ChartCard';
import { HeadedTable, type HeadedTableColumn } from '../common/HeadedTable';
import { useFormatDate } from '../common/useFormatDate';
import { useStageLabel } from './labels';
import { LinkList } from './LinkList';
import type { PortfolioItem } from './types';
import { usePage } from './usePage';

const PER_PAGE = 8;

/** The table's columns (on a tablet and up). */
const COLUMNS: HeadedTableColumn[] = [
  { label: 'resources.programs.fields.organizationName' },
  { label: 'resources.programs.fields.stage' },
  { label: 'resources.programs.fields.status' },
  { label: 'resources.programs.fields.overdueTaskCount', align: 'right' },
  { label: 'mentorflow.dashboard.next_due' },
  { label: 'resources.programs.fields.lastContactAt' },
];

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
  return (
    <ChartCard
      title={translate('mentorflow.dashboard.portfolio')}
      subheader={translate('mentorflow.dashboard.portfolio_count', { smart_count: items.length })}
      empty={items.length === 0}
      emptyText={translate('mentorflow.dashboard.portfolio_empty')}
      testId="dashboard-portfolio"
    >
      {narrow ? (
        <LinkList
          rows={shown.map((item) => ({
            key: item.id,
            to: `/programs/${item.id}/show`,
            primary: item.organizationName,
            secondary: `${stageLabel(item.type, item.stage, item.stageName)} · ${translate('mentorflow.programs.year_of', { year: item.year, years: item.years })}`,
            end:
              item.overdueTaskCount > 0 ? (
                <Chip size="small" color="error" label={item.overdueTaskCount} />
              ) : item.nextDueAt ? (
                <DueChip dueAt={item.nextDueAt} />
              ) : null,
            data: { 'data-testid': 'dashboard-portfolio-row' },
          }))}
        />
      ) : (
        <HeadedTable columns={COLUMNS}>
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
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(item.lastContactAt)}</TableCell>
            </TableRow>
          ))}
        </HeadedTable>
      )}
      {control}
    </ChartCard>
  );
};
