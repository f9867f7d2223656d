import type { ReactNode } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, type SxProps, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface HeadedTableColumn {
  /** A message key. */
  label: string;
  align?: 'right';
  sx?: SxProps<Theme>;
}

/** A small table under a row of translated headings, scrolling sideways when wider than its card. */
export const HeadedTable = ({ columns, testId, children }: { columns: HeadedTableColumn[]; testId?: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid={testId}>
        <TableHead>
          <TableRow>
            {columns.map(({ label, align, sx }) => (
              <TableCell key={label} align={align} sx={sx}>
                {translate(label)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </Box>
  );
};
