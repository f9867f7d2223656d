import { Box, useTheme } from '@mui/material';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from '../dashboard/ChartCard';
import type { InstitutionalConfig } from '../institutional/domain';
import { useConfigText } from '../institutional/useConfigText';
import type { InstitutionalReport } from './types';
import { WrappedTick } from './WrappedTick';

/**
 * Average grade per element over the year's CSOs: at the self-assessment against the
 * re-evaluation, element names from the current configuration in the console's language.
 */
export const GradesByElementRadar = ({ report, config }: { report: InstitutionalReport; config?: InstitutionalConfig }) => {
    const theme = useTheme();
    const translate = useTranslate();
    const text = useConfigText(config);
    const { selfAssessment, reEvaluation } = report.gradesByElement;
    const hasSelf = Object.values(selfAssessment).some(v => v != null);
    const hasRe = Object.values(reEvaluation).some(v => v != null);
    const data = text.config.elements.map(element => ({
        name: text.element(element.slug),
        selfAssessment: selfAssessment[element.slug] ?? null,
        reEvaluation: reEvaluation[element.slug] ?? null,
    }));
    return (
        <ChartCard
            title={translate('mentorflow.reports.grades_by_element')}
            subheader={translate('mentorflow.reports.grades_help')}
            height={400}
            empty={!hasSelf && !hasRe}
            emptyText={translate('mentorflow.reports.no_grades')}
            testId="report-grades-radar"
        >
            <Box sx={{ width: '100%', height: '100%', color: 'text.secondary' }}>
                <ResponsiveContainer width="100%" height="100%">
                    <RadarChart data={data} outerRadius="66%" margin={{ top: 10, right: 40, bottom: 0, left: 40 }}>
                        <PolarGrid />
                        <PolarAngleAxis dataKey="name" tick={<WrappedTick />} />
                        <PolarRadiusAxis
                            domain={[0, text.config.gradeScale.max]}
                            tickCount={text.config.gradeScale.max + 1}
                            angle={90}
                            tick={{ fontSize: 10 }}
                        />
                        {hasSelf && (
                            <Radar
                                dataKey="selfAssessment"
                                name={translate('mentorflow.reports.series_self_assessment')}
                                stroke={hasRe ? theme.palette.grey[500] : theme.palette.primary.main}
                                fill={hasRe ? theme.palette.grey[500] : theme.palette.primary.main}
                                fillOpacity={0.15}
                                strokeDasharray={hasRe ? '4 3' : undefined}
                                isAnimationActive={false}
                            />
                        )}
                        {hasRe && (
                            <Radar
                                dataKey="reEvaluation"
                                name={translate('mentorflow.reports.series_re_evaluation')}
                                stroke={theme.palette.primary.main}
                                fill={theme.palette.primary.main}
                                fillOpacity={0.25}
                                isAnimationActive={false}
                            />
                        )}
                        <Tooltip />
                        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                    </RadarChart>
                </ResponsiveContainer>
            </Box>
        </ChartCard>
    );
};
