import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

type KeyChipProps = Omit<ChipProps, 'label' | 'size'> & {
  /** The key shown (a role, a result, a kind); nothing is shown without one. */
  value?: string;
  /** Where its text is: `<prefix>.<value>`, the key itself when there is none. */
  prefix: string;
};

/** A small chip naming a key in the console's language. */
export const KeyChip = ({ value, prefix, ...chip }: KeyChipProps) => {
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" label={translate(`${prefix}.${value}`, { _: value })} {...chip} />;
};
