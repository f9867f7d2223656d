import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProgramRecord } from '../types';
import { Panel } from '../../programs/show/Panel';

/** Closed years: planned / done / dropped improvements and the implementation rate. */
export const YearResultsTable = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const results = program.live?.yearResults ?? program.yearResults ?? [];
  if (results.length === 0) return null;
  return (
    <Panel title={translate('mentorflow.programs.year_results')} testId="year-results">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.programs.fields.year')}</TableCell>
            <TableCell align="right">{translate('mentorflow.results.planned')}</TableCell>
            <TableCell align="right">{translate('mentorflow.results.done')}</TableCell>
            <TableCell align="right">{translate('mentorflow.results.dropped')}</TableCell>
            <TableCell align="right">{translate('mentorflow.results.rate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {results.map((r) => (
            <TableRow key={r.year}>
              <TableCell>{r.year}</TableCell>
              <TableCell align="right">{r.planned}</TableCell>
              <TableCell align="right">{r.done}</TableCell>
              <TableCell align="right">{r.dropped}</TableCell>
              <TableCell align="right">{r.implementationRate == null ? '—' : `${Math.round(r.implementationRate * 100)}%`}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
};
