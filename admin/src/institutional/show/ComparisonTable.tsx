import { Box, Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Comparison, ProgramRecord } from '../types';
import { useConfigText } from '../useConfigText';
import { DataTable } from '../../programs/show/DataTable';
import { Panel } from '../../programs/show/Panel';

const Change = ({ before, after }: { before: number | null; after: number | null }) => {
  if (before == null || after == null) return <>—</>;
  const diff = after - before;
  return (
    <Chip
      size="small"
      color={diff > 0 ? 'success' : diff < 0 ? 'error' : 'default'}
      label={diff > 0 ? `+${diff}` : diff < 0 ? `−${-diff}` : '±0'}
    />
  );
};

/** Completed programs: first self-assessment ("before") against the last re-evaluation ("after"). */
export const ComparisonTable = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const text = useConfigText(program.config);
  const comparison: Comparison | null | undefined = program.live?.comparison ?? program.comparison;
  if (!comparison) return null;
  const rows = [
    ...text.config.elements.map((e) => ({ key: e.slug, name: text.element(e.slug), ...comparison.elements[e.slug] })),
    ...text.config.principles.map((p) => ({
      key: p.slug,
      name: text.principle(p.slug),
      ...comparison.principles[p.slug],
      principle: true,
    })),
  ];
  return (
    <Panel title={translate('mentorflow.programs.comparison')} testId="comparison-table">
      <Box sx={{ maxWidth: 760 }}>
        <DataTable
          rows={rows}
          rowKey={(row) => row.key}
          rowProps={(row, i) => ({
            // A line between the elements and the principles, whose names are in italics.
            sx: {
              ...(i === text.config.elements.length ? { '& td': { borderTop: 2, borderTopColor: 'divider' } } : {}),
              ...('principle' in row ? { '& td:first-of-type': { fontStyle: 'italic' } } : {}),
            },
          })}
          columns={[
            { cell: (row) => row.name },
            { head: translate('mentorflow.comparison.before'), align: 'center', cell: (row) => row.before ?? '—' },
            { head: translate('mentorflow.comparison.after'), align: 'center', cell: (row) => row.after ?? '—' },
            {
              head: translate('mentorflow.comparison.change'),
              align: 'center',
              cell: (row) => <Change before={row.before ?? null} after={row.after ?? null} />,
            },
          ]}
        />
      </Box>
    </Panel>
  );
};
