import type { ComponentType } from 'react';
import { Avatar, Box } from '@mui/material';

interface TimelineMarkerProps {
  icon: ComponentType<{ fontSize?: 'small' }>;
  /** A theme colour (`primary.main`) behind the white icon. */
  color: string;
  /** The dot's diameter in px. */
  size?: number;
  /** Draws the line down to the next entry (not under the last one). */
  connected: boolean;
}

/** A vertical timeline's left column: the entry's icon in a round dot, and the line to the next entry. */
export const TimelineMarker = ({ icon: Icon, color, size = 30, connected }: TimelineMarkerProps) => (
  <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
    <Avatar sx={{ width: size, height: size, bgcolor: color, color: 'common.white' }}>
      <Icon fontSize="small" />
    </Avatar>
    {connected && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5, minHeight: 16 }} />}
  </Box>
);
