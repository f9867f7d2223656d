import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { GenderReportData } from '../../institutional/domain';
import type { ProgramRecord } from '../../institutional/types';
import { EmptyText, Panel } from '../../programs/show/Panel';

/** A titled part of the report, its text as written (line breaks kept). */
const ReportPart = ({ title, text }: { title: string; text: string }) => (
  <>
    <Typography variant="overline" component="h3" color="text.secondary" sx={{ mt: 1, display: 'block' }}>
      {title}
    </Typography>
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Typography>
  </>
);

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
          <ReportPart title={translate('mentorflow.cso.program.findings')} text={data.findings} />
          <ReportPart title={translate('mentorflow.cso.program.recommendations')} text={data.recommendations} />
        </>
      )}
    </Panel>
  );
};
