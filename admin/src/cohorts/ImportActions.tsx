import { Button, CircularProgress, DialogActions } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslate } from 'react-admin';
import type { ImportResult } from './types';

interface ImportActionsProps {
  result: ImportResult | null;
  busy: boolean;
  /** Data rows in the picked file (none: nothing to import). */
  total: number;
  onAgain: () => void;
  onSelectCreated: () => void;
  onClose: () => void;
  onImport: () => void;
}

/** The import dialog's buttons: import the picked file, then import another or select what was created. */
export const ImportActions = ({ result, busy, total, onAgain, onSelectCreated, onClose, onImport }: ImportActionsProps) => {
  const translate = useTranslate();
  return (
    <DialogActions>
      {result ? (
        <>
          <Button onClick={onAgain} data-testid="import-again">
            {translate('mentorflow.import.again')}
          </Button>
          {result.created.length > 0 && (
            <Button onClick={onSelectCreated} data-testid="import-select-created">
              {translate('mentorflow.import.select_created', { smart_count: result.created.length })}
            </Button>
          )}
          <Button variant="contained" onClick={onClose} data-testid="import-close">
            {translate('ra.action.close')}
          </Button>
        </>
      ) : (
        <>
          <Button onClick={onClose} disabled={busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            variant="contained"
            onClick={onImport}
            disabled={busy || total === 0}
            startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <UploadFileIcon />}
            data-testid="import-submit"
          >
            {translate('mentorflow.import.submit', { smart_count: total })}
          </Button>
        </>
      )}
    </DialogActions>
  );
};
