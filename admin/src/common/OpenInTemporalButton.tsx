import { Button, type ButtonProps } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Translate } from 'react-admin';

/** A workflow in Temporal's Web UI, in a new tab (the API sends the link only to the roles that may see it). */
export const OpenInTemporalButton = ({ href, variant }: { href: string; variant?: ButtonProps['variant'] }) => (
  <Button
    variant={variant}
    size="small"
    href={href}
    target="_blank"
    rel="noopener noreferrer"
    endIcon={<OpenInNewIcon />}
    data-testid="open-in-temporal"
  >
    <Translate i18nKey="mentorflow.onboarding.open_in_temporal" />
  </Button>
);
