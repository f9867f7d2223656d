import { useTranslate } from 'react-admin';
import type { ProgramRecord } from '../types';
import { DataTable } from '../../programs/show/DataTable';
import { Panel } from '../../programs/show/Panel';

/** Closed years: planned / done / dropped improvements and the implementation rate. */
export const YearResultsTable = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const results = program.live?.yearResults ?? program.yearResults ?? [];
  if (results.length === 0) return null;
  const count = (key: 'planned' | 'done' | 'dropped') => ({
    head: translate(`mentorflow.results.${key}`),
    align: 'right' as const,
    cell: (r: (typeof results)[number]) => r[key],
  });
  return (
    <Panel title={translate('mentorflow.programs.year_results')} testId="year-results">
      <DataTable
        rows={results}
        rowKey={(r) => r.year}
        columns={[
          { head: translate('resources.programs.fields.year'), cell: (r) => r.year },
          count('planned'),
          count('done'),
          count('dropped'),
          {
            head: translate('mentorflow.results.rate'),
            align: 'right',
            cell: (r) => (r.implementationRate == null ? '—' : `${Math.round(r.implementationRate * 100)}%`),
          },
        ]}
      />
    </Panel>
  );
};
