import { useState } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, type ButtonProps } from 'react-admin';
import { ImportDialog } from './ImportDialog';

/** "Import CSV" in the organizations list's toolbar. `data-testid="import-csv"`. */
export const ImportButton = ({ variant }: { variant?: ButtonProps['variant'] }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="mentorflow.import.button" variant={variant} onClick={() => setOpen(true)} data-testid="import-csv">
        <UploadFileIcon />
      </Button>
      <ImportDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
};
