import { Box, Button } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Loading, Title, useStore, useTranslate } from 'react-admin';
import { Columns, Stack } from '../dashboard/Columns';
import { useDashboard } from '../dashboard/Dashboard';
import { QueryError } from '../dashboard/QueryError';
import { StageFunnel } from '../dashboard/StageFunnel';
import { AdvocacySection } from './AdvocacySection';
import { ExportCsvButton } from './ExportCsvButton';
import { GradesByElementRadar } from './GradesByElementRadar';
import { ImprovementsChart } from './ImprovementsChart';
import { InstitutionalFigures } from './InstitutionalFigures';
import { PrintStyles } from './PrintStyles';
import { SectionHeader } from './SectionHeader';
import { SelectFilter } from './SelectFilter';
import { StudiesChart } from './StudiesChart';
import { useAdvocacyReport, useInstitutionalConfig, useInstitutionalReport } from './useReports';
import { VisitsByModeChart } from './VisitsByModeChart';
import { SatisfactionCard } from '../cso/staff/SatisfactionCard';

/** Programs run for at most five years. */
const YEARS = [1, 2, 3, 4, 5];

const YearSelect = ({ year, onChange }: { year: number; onChange: (year: number) => void }) => {
  const translate = useTranslate();
  return (
    <SelectFilter
      label={translate('mentorflow.reports.year')}
      value={year}
      onChange={(value) => onChange(Number(value))}
      options={YEARS.map((y) => ({ value: y, label: translate('mentorflow.reports.year_n', { year: y }) }))}
      minWidth={140}
      testId="report-year"
    />
  );
};

const InstitutionalSection = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const report = useInstitutionalReport(year);
  const config = useInstitutionalConfig();
  const dashboard = useDashboard();
  const stages = dashboard.data && 'programsByStage' in dashboard.data ? dashboard.data.programsByStage.institutional : undefined;
  if (report.isPending) return <Loading />;
  if (report.error || !report.data) return <QueryError error={report.error} onRetry={() => report.refetch()} />;
  const data = report.data;
  return (
    <Box
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, opacity: report.isPlaceholderData ? 0.5 : 1 }}
      data-testid="report-institutional"
      data-year={data.year}
    >
      <InstitutionalFigures report={data} />
      <Columns split="wideHalves">
        <StudiesChart report={data} />
        <GradesByElementRadar report={data} config={config.data} />
        <VisitsByModeChart report={data} />
        <Stack>
          <ImprovementsChart report={data} />
          <StageFunnel
            type="institutional"
            counts={stages}
            title={translate('mentorflow.reports.institutional_stages')}
            testId="report-institutional-stages"
          />
        </Stack>
      </Columns>
      <SatisfactionCard type="institutional" />
    </Box>
  );
};

const AdvocacyReportSection = () => {
  const report = useAdvocacyReport();
  if (report.isPending) return <Loading />;
  if (report.error || !report.data) return <QueryError error={report.error} onRetry={() => report.refetch()} />;
  return (
    <Box data-testid="report-advocacy">
      <AdvocacySection report={report.data} />
      <Box sx={{ mt: 2 }}>
        <SatisfactionCard type="advocacy" />
      </Box>
    </Box>
  );
};

/**
 * Program results for managers and admins: the institutional program's year (figures,
 * studies by type, grades per element, visits, improvements, stages) and advocacy
 * mentorship; each exportable as CSV, the page printable.
 */
export const ReportsPage = () => {
  const translate = useTranslate();
  const [year, setYear] = useStore<number>('mentorflow.reports.year', 1);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2, mb: 4 }} data-testid="reports-page">
      <Title title={translate('mentorflow.menu.reports')} />
      <PrintStyles />
      <SectionHeader
        title={translate('mentorflow.reports.institutional_title', { year })}
        subtitle={translate('mentorflow.reports.institutional_help')}
      >
        <YearSelect year={year} onChange={setYear} />
        <ExportCsvButton kind="institutional" year={year} />
        <Button size="small" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="report-print">
          {translate('mentorflow.reports.print')}
        </Button>
      </SectionHeader>
      <InstitutionalSection year={year} />
      <Box data-print-section>
        <SectionHeader title={translate('mentorflow.reports.advocacy_title')} subtitle={translate('mentorflow.reports.advocacy_help')}>
          <ExportCsvButton kind="advocacy" />
        </SectionHeader>
      </Box>
      <AdvocacyReportSection />
    </Box>
  );
};
