import type { ReactNode } from 'react';
import { TableCell, TableRow, type SxProps, type TableCellProps, type Theme } from '@mui/material';
import { StepTable } from '../../cohorts/StepTable';

export interface DataColumn<R> {
  /** The heading (translated), none for a column of buttons. */
  head?: ReactNode;
  align?: TableCellProps['align'];
  /** The column's cell in a row. */
  cell: (row: R, index: number) => ReactNode;
  cellSx?: SxProps<Theme>;
}

interface DataTableProps<R> {
  /** In order; `false` or undefined for a column not shown. */
  columns: (DataColumn<R> | false | undefined)[];
  rows: R[];
  rowKey: (row: R) => string | number;
  testId?: string;
  /** A row's own attributes (its `data-*`, its styles). */
  rowProps?: (row: R, index: number) => Record<string, unknown>;
}

/** A small table whose columns are declared once: the heading and the cell of each. */
export const DataTable = <R,>({ columns, rows, rowKey, testId, rowProps }: DataTableProps<R>) => {
  const shown = columns.filter((c): c is DataColumn<R> => !!c);
  return (
    <StepTable columns={shown.map((c) => ({ label: c.head, sx: c.align ? { textAlign: c.align } : undefined }))} testId={testId}>
      {rows.map((row, index) => (
        <TableRow key={rowKey(row)} {...rowProps?.(row, index)}>
          {shown.map((column, i) => (
            <TableCell key={i} align={column.align} sx={column.cellSx}>
              {column.cell(row, index)}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </StepTable>
  );
};
