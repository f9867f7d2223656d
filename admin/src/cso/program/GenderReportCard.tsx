import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { GenderReportData } from '../../institutional/domain';
import type { ProgramRecord } from '../../institutional/types';
import { EmptyText, Panel } from '../../programs/show/Panel';

/**
 * The gender evaluation report once the program team shared it with the organisation: the API
 * gives a CSO member its data only then (an unshared report's task carries no data).
 */
export const GenderReportCard = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const reports = (program.live?.tasks ?? []).filter((t) => t.type === 'gender_report' && t.status === 'completed' && t.data);
  const latest = reports.sort((a, b) => b.year - a.year)[0];
  const data = latest?.data as GenderReportData | undefined;
  return (
    <Panel title={translate('mentorflow.cso.program.gender_report')} testId="cso-gender-report">
      {!data ? (
        <EmptyText testId="cso-gender-report-none">{translate('mentorflow.cso.program.gender_report_none')}</EmptyText>
      ) : (
        <>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('mentorflow.cso.program.gender_report_year', { year: latest!.year })} ·{' '}
            {translate(`mentorflow.mainstreaming.${data.mainstreamingLevel}`, { _: data.mainstreamingLevel })}
          </Typography>
          <Typography variant="overline" component="h3" color="text.secondary" sx={{ mt: 1, display: 'block' }}>
            {translate('mentorflow.cso.program.findings')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {data.findings}
          </Typography>
          <Typography variant="overline" component="h3" color="text.secondary" sx={{ mt: 1, display: 'block' }}>
            {translate('mentorflow.cso.program.recommendations')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {data.recommendations}
          </Typography>
        </>
      )}
    </Panel>
  );
};
