import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Title, useLocale, useNotify, useTranslate } from 'react-admin';
import { useMentorflowDataProvider } from '../data/dataProvider';
import { useText } from '../programTypes/text';
import { formatFigure } from './formatFigure';
import { useTemplateVersion } from './useTemplateVersion';
import { saveBlob } from '../common/saveBlob';
import { BusyButton } from '../common/forms/BusyButton';

/** A part of the report, titled and explained by its texts `mentorflow.template_report.<name>` and `<name>_caption`. */
const Block = ({
  name,
  captionArgs,
  testId,
  children,
}: {
  name: string;
  captionArgs?: Record<string, unknown>;
  testId: string;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate(`mentorflow.template_report.${name}`)}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1.5 }}>
          {translate(`mentorflow.template_report.${name}_caption`, captionArgs)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/** Horizontal bars with their counts written out (readable at 390 px, no chart library). */
const Bars = ({ rows, testId }: { rows: { id: string; label: string; count: number }[]; testId: string }) => {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid={testId}>
      {rows.map((row) => (
        <Box key={row.id} data-testid={`${testId}-${row.id}`} data-count={row.count}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {row.label}
            </Typography>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {row.count}
            </Typography>
          </Box>
          <Box sx={{ height: 8, borderRadius: 4, bgcolor: 'action.hover', overflow: 'hidden' }}>
            <Box sx={{ width: `${(row.count / max) * 100}%`, height: '100%', bgcolor: 'primary.main' }} />
          </Box>
        </Box>
      ))}
    </Box>
  );
};

const saveText = (text: string, filename: string) => saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);

/** A number in large type over what it counts (red when it calls for attention). */
const Figure = ({
  testId,
  data,
  value,
  alert = false,
  label,
}: {
  testId: string;
  /** The raw value for tests, e.g. `data-count`. */
  data: Record<`data-${string}`, string | number>;
  value: ReactNode;
  alert?: boolean;
  label: string;
}) => (
  <Box data-testid={testId} {...data}>
    <Typography variant="h4" component="div" sx={{ fontWeight: 600, color: alert ? 'error.main' : undefined }}>
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

/**
 * The report of a designed program type (`/program-types/:id/report`): programs by stage, tasks
 * done and overdue, records by kind, the computed figures' averages, and the CSV (one row per program).
 */
export const TemplateReportPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const text = useText();
  const locale = useLocale();
  const notify = useNotify();
  const dataProvider = useMentorflowDataProvider();
  const [downloading, setDownloading] = useState(false);
  const type = useQuery({ queryKey: ['program-type', id, 'summary'], queryFn: () => dataProvider.getProgramType(id) });
  const latest = type.data?.versions.reduce((max, version) => Math.max(max, version.version), 0);
  const version = useTemplateVersion(id, latest || undefined);
  const report = useQuery({
    queryKey: ['template-report', id],
    queryFn: () => dataProvider.getTemplateReport(id),
    refetchInterval: 30_000,
  });
  const formats = new Map(version.data?.definition.figures.map((figure) => [figure.id, figure.format]) ?? []);
  const name = text(type.data?.name) || id;
  const download = async () => {
    setDownloading(true);
    try {
      saveText(await dataProvider.getTemplateReportCsv(id), `mentorflow-${id}.csv`);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2, maxWidth: 1200 }} data-testid="template-report" data-key={id}>
      <Title title={translate('mentorflow.template_report.title', { name })} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" sx={{ flex: '1 1 240px', overflowWrap: 'anywhere' }}>
          {translate('mentorflow.template_report.title', { name })}
        </Typography>
        <Button component={RouterLink} to={`/program-types/${encodeURIComponent(id)}/show`}>
          {translate('mentorflow.template_report.open_design')}
        </Button>
        <BusyButton
          variant="outlined"
          onClick={download}
          busy={downloading}
          label="mentorflow.reports.export_csv"
          icon={<DownloadIcon />}
          testId="template-report-csv"
        />
      </Box>
      {report.isPending ? (
        <LinearProgress />
      ) : report.error || !report.data ? (
        <Alert severity="error">{String((report.error as Error | null)?.message ?? '')}</Alert>
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
          <Block
            name="by_stage"
            captionArgs={{ smart_count: report.data.programsByStage.reduce((sum, row) => sum + row.count, 0) }}
            testId="report-by-stage"
          >
            <Bars
              testId="stage"
              rows={report.data.programsByStage.map((row) => ({
                id: row.stage,
                label: row.stage === 'completed' ? translate('mentorflow.template_report.completed') : text(row.name) || row.stage,
                count: row.count,
              }))}
            />
          </Block>
          <Block name="tasks" testId="report-tasks">
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
              {(['done', 'open', 'overdue'] as const).map((kind) => (
                <Figure
                  key={kind}
                  testId={`report-tasks-${kind}`}
                  data={{ 'data-count': report.data.tasks[kind] }}
                  value={report.data.tasks[kind]}
                  alert={kind === 'overdue' && report.data.tasks.overdue > 0}
                  label={translate(`mentorflow.template_report.tasks_${kind}`)}
                />
              ))}
            </Box>
          </Block>
          <Block name="records" testId="report-records">
            {report.data.recordsByKind.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate('mentorflow.template_programs.no_records')}
              </Typography>
            ) : (
              <Bars
                testId="records"
                rows={report.data.recordsByKind.map((row) => ({ id: row.kind, label: text(row.name) || row.kind, count: row.count }))}
              />
            )}
          </Block>
          <Block name="figures" testId="report-figures">
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
              {report.data.figures.map((figure) => (
                <Figure
                  key={figure.id}
                  testId={`report-figure-${figure.id}`}
                  data={{ 'data-value': figure.average ?? '' }}
                  value={formatFigure(figure.average, formats.get(figure.id) ?? 'number', locale)}
                  label={`${text(figure.name) || figure.id} · n = ${figure.n}`}
                />
              ))}
            </Box>
          </Block>
        </Box>
      )}
    </Box>
  );
};
