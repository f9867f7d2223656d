import type { ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material';
import { ArrayInput, SimpleFormIterator, type Validator } from 'react-admin';
import { AddItemsButton } from './AddItemsButton';

/**
 * How the entries stand: `inline`, short inputs side by side on one line ("1.", "2.", ...);
 * `stacked`, one entry under the other; `divided`, long entries (a module, a plan item) under
 * one another with a line between them, numbered "1", "2", ..., which can be reordered.
 */
export type ListLayout = 'inline' | 'stacked' | 'divided';

const dividedLines: SxProps<Theme> = { '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', pt: 1.5, pb: 1 } };

const numbered = (index: number) => `${index + 1}.`;
const counted = (index: number) => `${index + 1}`;

interface ListInputProps {
  /** The array's field: its entries are `<source>.N`. */
  source: string;
  readOnly: boolean;
  validate?: Validator | Validator[];
  /** The "Add ..." button: its translation key, data-testid and the new entry's values. */
  add: { label: string; testId: string; item?: unknown };
  layout?: ListLayout;
  /** The label in front of each entry (by default its number). */
  itemLabel?: (index: number) => string;
  sx?: SxProps<Theme>;
  /** Styles of the entries' lines. */
  linesSx?: SxProps<Theme>;
  /** The inputs of one entry. */
  children: ReactNode;
}

/**
 * A form's list (react-admin's ArrayInput): entries added with a labelled button and
 * removed, both only while editable; the list's own errors (too few, too many) under it.
 */
export const ListInput = ({ source, readOnly, validate, add, layout = 'inline', itemLabel, sx, linesSx, children }: ListInputProps) => {
  const divided = layout === 'divided';
  return (
    <ArrayInput source={source} label={false} validate={validate} helperText={false} sx={sx}>
      <SimpleFormIterator
        inline={layout === 'inline'}
        disableReordering={divided ? readOnly : true}
        disableAdd={readOnly}
        disableRemove={readOnly}
        disableClear
        addButton={<AddItemsButton label={add.label} testId={add.testId} item={add.item} />}
        getItemLabel={itemLabel ?? (divided ? counted : numbered)}
        sx={divided ? dividedLines : linesSx}
      >
        {children}
      </SimpleFormIterator>
    </ArrayInput>
  );
};
