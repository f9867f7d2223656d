import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface ReadModelError {
  seq: number;
  reason: string;
  at: string;
}

/**
 * Says so when the console's copy of this program is behind its workflow (a change the database
 * refused): what is shown may miss it until an administrator runs the repair.
 */
export const ReadModelBanner = ({ error }: { error?: ReadModelError | null }) => {
  const translate = useTranslate();
  if (!error) return null;
  return (
    <Alert severity="warning" data-testid="read-model-behind">
      <AlertTitle>{translate('mentorflow.read_model.behind_title')}</AlertTitle>
      {translate('mentorflow.read_model.behind_text', { date: new Date(error.at).toLocaleString(), reason: error.reason })}
    </Alert>
  );
};
