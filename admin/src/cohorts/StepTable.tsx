import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, type SxProps, type Theme } from '@mui/material';

interface StepColumn {
  label: ReactNode;
  sx?: SxProps<Theme>;
}

interface StepTableProps {
  /** The headings, in order. */
  columns: StepColumn[];
  /** With a height, the table scrolls inside a bordered box and keeps its headings in view. */
  maxHeight?: number;
  testId?: string;
  /** The rows. */
  children: ReactNode;
}

/** The small table of the import and the cohort wizard's steps: headings, then the rows given. */
export const StepTable = ({ columns, maxHeight, testId, children }: StepTableProps) => {
  const table = (
    <Table size="small" stickyHeader={maxHeight != null} data-testid={testId}>
      <TableHead>
        <TableRow>
          {columns.map((column, index) => (
            // The headings are fixed for a table's life: their place is their identity.
            <TableCell key={index} sx={column.sx}>
              {column.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
  return maxHeight == null ? (
    table
  ) : (
    <TableContainer sx={{ maxHeight, border: 1, borderColor: 'divider', borderRadius: 1 }}>{table}</TableContainer>
  );
};
