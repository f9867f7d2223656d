import { useState } from 'react';
import { Button, CircularProgress } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useNotify, useTranslate } from 'react-admin';
import { saveBlob } from '../common/saveBlob';
import { useMentorflowDataProvider } from '../data/dataProvider';
import type { ReportKind } from './types';

/**
 * "Export CSV": the API's CSV of the report, fetched with the Bearer token and saved.
 * `data-testid="export-csv-<kind>"`.
 */
export const ExportCsvButton = ({ kind, year }: { kind: ReportKind; year?: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMentorflowDataProvider();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { blob, filename } = await dataProvider.downloadReportCsv(kind, year);
      saveBlob(blob, filename);
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      notify(message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      onClick={download}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={16} /> : <DownloadIcon />}
      data-testid={`export-csv-${kind}`}
    >
      {translate('mentorflow.reports.export_csv')}
    </Button>
  );
};
