import { Button, type ButtonProps } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useTranslate } from 'react-admin';

/** A workflow in Temporal's Web UI, opened in a new tab (`data-testid="open-in-temporal"`). */
export const OpenInTemporalButton = ({ url, variant }: { url: string; variant?: ButtonProps['variant'] }) => {
  const translate = useTranslate();
  return (
    <Button
      variant={variant}
      size="small"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      endIcon={<OpenInNewIcon />}
      data-testid="open-in-temporal"
    >
      {translate('mentorflow.onboarding.open_in_temporal')}
    </Button>
  );
};
