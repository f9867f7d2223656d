import { useRef, useState, type ChangeEvent } from 'react';
import { Alert, Box, Button, Dialog, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useQueryClient } from '@tanstack/react-query';
import { HttpError, useListContext, useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { useMentorflowDataProvider } from '../data/dataProvider';
import { previewCsv, type CsvPreview } from './csvPreview';
import { CsvPreviewTable } from './CsvPreviewTable';
import { ImportActions } from './ImportActions';
import { ImportResultView } from './ImportResultView';
import type { ImportResult } from './types';

interface Picked {
  name: string;
  text: string;
  preview: CsvPreview | null;
}

/** The API's reason for refusing the whole file (400 `errors.csv`), or its message. */
const fileError = (error: unknown): string => {
  if (error instanceof HttpError) {
    const errors = (error.body as { errors?: Record<string, string> } | null)?.errors;
    if (errors) return Object.values(errors).join(' · ');
  }
  return error instanceof Error ? error.message : String(error);
};

/**
 * Import CSOs from a CSV file: pick the file (read in the browser), check the preview,
 * import, then see what was created and which rows were refused and why. The created
 * organizations can be selected in the list right away (e.g. to start their programs).
 */
export const ImportDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useMentorflowDataProvider();
  const queryClient = useQueryClient();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const { onSelect } = useListContext();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  /** Organizations were created since the dialog opened: the list must be re-read on close. */
  const created = useRef(false);

  const reset = () => {
    setPicked(null);
    setError(null);
    setResult(null);
  };
  const close = () => {
    if (busy) return;
    // The list is re-read only now: on an empty list, the button lives in the empty page,
    // which the new rows would replace (and this dialog with it) while showing the result.
    if (created.current) queryClient.invalidateQueries({ queryKey: ['organizations'] });
    created.current = false;
    reset();
    onClose();
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again still fires
    if (!file) return;
    setError(null);
    setResult(null);
    const text = await file.text();
    const preview = previewCsv(text);
    setPicked({ name: file.name, text, preview });
    if (!preview || preview.total === 0) setError(translate('mentorflow.import.empty_file'));
  };

  const runImport = async () => {
    if (!picked) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await dataProvider.importOrganizations(picked.text);
      setResult(outcome);
      if (outcome.created.length) created.current = true;
    } catch (err) {
      if (!(await logoutIfAccessDenied(err))) setError(fileError(err));
    } finally {
      setBusy(false);
    }
  };

  const selectCreated = () => {
    if (!result) return;
    onSelect(result.created.map((row) => row.id));
    close();
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" data-testid="import-dialog">
      <DialogTitle>{translate('mentorflow.import.title')}</DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {!result && (
          <>
            <Typography variant="body2" color="text.secondary">
              {translate('mentorflow.import.help')}
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
              <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
                {translate(picked ? 'mentorflow.import.choose_other' : 'mentorflow.import.choose')}
                <input type="file" accept=".csv,text/csv,text/plain" hidden onChange={pick} data-testid="import-file" />
              </Button>
              {picked && (
                <Typography variant="body2" data-testid="import-file-name">
                  {picked.name}
                </Typography>
              )}
            </Box>
          </>
        )}
        {error && (
          <Alert severity="error" data-testid="import-error">
            {error}
          </Alert>
        )}
        {!result && picked?.preview && picked.preview.total > 0 && <CsvPreviewTable preview={picked.preview} />}
        {busy && (
          <Box data-testid="import-progress">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('mentorflow.import.importing', { smart_count: picked?.preview?.total ?? 0 })}
            </Typography>
            <LinearProgress />
          </Box>
        )}
        {result && <ImportResultView result={result} />}
      </DialogContent>
      <ImportActions
        result={result}
        busy={busy}
        total={picked?.preview?.total ?? 0}
        onAgain={reset}
        onSelectCreated={selectCreated}
        onClose={close}
        onImport={runImport}
      />
    </Dialog>
  );
};
