import type { ComponentProps } from 'react';
import type { ChipProps } from '@mui/material';
import { KeyChip } from '../common/KeyChip';

export type ChipColor = ChipProps['color'];

/** The shared KeyChip, colored by its key (the default color for a key the table does not name). */
export const ColorKeyChip = ({
  value,
  colors,
  ...chip
}: Omit<ComponentProps<typeof KeyChip>, 'value' | 'color'> & { value?: string | null; colors: Record<string, ChipColor> }) => (
  <KeyChip value={value ?? undefined} color={value ? colors[value] : undefined} {...chip} />
);
