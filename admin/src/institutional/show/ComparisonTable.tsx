import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Comparison, ProgramRecord } from '../types';
import { useConfigText } from '../useConfigText';
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
      <Table size="small" sx={{ maxWidth: 760 }}>
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell align="center">{translate('mentorflow.comparison.before')}</TableCell>
            <TableCell align="center">{translate('mentorflow.comparison.after')}</TableCell>
            <TableCell align="center">{translate('mentorflow.comparison.change')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow
              key={row.key}
              sx={i === text.config.elements.length ? { '& td': { borderTop: 2, borderTopColor: 'divider' } } : undefined}
            >
              <TableCell sx={'principle' in row ? { fontStyle: 'italic' } : undefined}>{row.name}</TableCell>
              <TableCell align="center">{row.before ?? '—'}</TableCell>
              <TableCell align="center">{row.after ?? '—'}</TableCell>
              <TableCell align="center">
                <Change before={row.before ?? null} after={row.after ?? null} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
};
