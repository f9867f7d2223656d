import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ProgramStatusChip } from '../institutional/chips';
import { ChartCard } from './ChartCard';
import { useFormatDate } from './format';
import { useStageLabel } from './labels';
import type { PortfolioItem } from './types';

/** A mentor's running programs (both kinds), with overdue tasks and last contact. */
export const PortfolioCard = ({ items }: { items: PortfolioItem[] }) => {
    const translate = useTranslate();
    const navigate = useNavigate();
    const stageLabel = useStageLabel();
    const formatDate = useFormatDate();
    return (
        <ChartCard
            title={translate('mentorflow.dashboard.portfolio')}
            subheader={translate('mentorflow.dashboard.portfolio_count', { smart_count: items.length })}
            empty={items.length === 0}
            emptyText={translate('mentorflow.dashboard.portfolio_empty')}
            testId="dashboard-portfolio"
        >
            <Table size="small">
                <TableHead>
                    <TableRow>
                        <TableCell>{translate('resources.programs.fields.organizationName')}</TableCell>
                        <TableCell>{translate('resources.programs.fields.stage')}</TableCell>
                        <TableCell>{translate('resources.programs.fields.status')}</TableCell>
                        <TableCell align="right">{translate('resources.programs.fields.overdueTaskCount')}</TableCell>
                        <TableCell>{translate('resources.programs.fields.lastContactAt')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {items.map(item => (
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
                            <TableCell>{stageLabel(item.type, item.stage)}</TableCell>
                            <TableCell>
                                <ProgramStatusChip status={item.status} />
                            </TableCell>
                            <TableCell align="right">
                                {item.overdueTaskCount > 0 ? (
                                    <Chip size="small" color="error" label={item.overdueTaskCount} />
                                ) : (
                                    0
                                )}
                            </TableCell>
                            <TableCell sx={{ whiteSpace: 'nowrap' }}>
                                {item.lastContactAt ? formatDate(item.lastContactAt) : '—'}
                            </TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
        </ChartCard>
    );
};
