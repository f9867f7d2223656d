import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PLAN_LISTS, type AdvocacyPlan, type PlanList } from '../domain';
import { useFormatDate } from '../../common/useFormatDate';
import { planMarks, type Mark } from './planDiff';

// Lists whose order matters (numbered; check-ins refer to indicators by their number).
const NUMBERED: PlanList[] = ['objectives', 'indicators'];

const markSx = (mark: Mark) =>
  mark === 'added'
    ? { bgcolor: 'rgba(46, 125, 50, 0.10)', boxShadow: 'inset 3px 0 0 #2e7d32' }
    : mark === 'removed'
      ? { color: 'text.secondary', textDecoration: 'line-through', bgcolor: 'rgba(211, 47, 47, 0.07)' }
      : mark === 'changed'
        ? { bgcolor: 'rgba(237, 108, 2, 0.10)', boxShadow: 'inset 3px 0 0 #ed6c02' }
        : {};

const Heading = ({ children, document }: { children: React.ReactNode; document?: boolean }) => (
  <Typography
    variant={document ? 'h6' : 'subtitle2'}
    component="h3"
    sx={{ fontWeight: 600, mt: document ? 2.5 : 1.5, mb: 0.5, fontSize: document ? '1.05rem' : undefined, breakAfter: 'avoid' }}
  >
    {children}
  </Typography>
);

interface PlanViewProps {
  plan: AdvocacyPlan;
  /** The version to compare with: differences are highlighted on this side. */
  compareWith?: AdvocacyPlan;
  /** Whether this plan is the older (removed entries) or newer (added entries) side. */
  side?: 'old' | 'new';
  /** The printable page: larger headings, no highlighting. */
  document?: boolean;
  testId?: string;
}

/**
 * An advocacy plan, read-only: the goal, its lists and the activities. With `compareWith`,
 * entries are marked `data-diff="added|removed|changed"`.
 */
export const PlanView = ({ plan, compareWith, side = 'new', document, testId }: PlanViewProps) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const marks = planMarks(plan, compareWith, side);
  const list = (name: PlanList) => {
    const items = plan[name] ?? [];
    return (
      <Box key={name} data-testid={`plan-view-${name}`} sx={{ breakInside: 'avoid' }}>
        <Heading document={document}>{translate(`mentorflow.advocacy.plan.${name}`)}</Heading>
        {items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            —
          </Typography>
        ) : (
          <Box
            component={NUMBERED.includes(name) ? 'ol' : 'ul'}
            sx={{ m: 0, pl: 3, '& li': { typography: 'body2', py: 0.25, px: 0.5, borderRadius: 0.5 } }}
          >
            {items.map((item, i) => {
              const mark = marks?.lists[name][i] ?? null;
              return (
                <li key={i} data-diff={mark ?? undefined}>
                  <Box component="span" sx={markSx(mark)}>
                    {item}
                  </Box>
                </li>
              );
            })}
          </Box>
        )}
      </Box>
    );
  };
  return (
    <Box data-testid={testId ?? 'plan-view'}>
      <Box sx={{ breakInside: 'avoid' }}>
        <Heading document={document}>{translate('mentorflow.advocacy.plan.goal')}</Heading>
        <Typography
          variant="body1"
          data-testid="plan-view-goal"
          data-diff={marks?.goal ?? undefined}
          sx={{ fontWeight: 500, whiteSpace: 'pre-wrap', p: marks?.goal ? 0.5 : 0, borderRadius: 0.5, ...markSx(marks?.goal ?? null) }}
        >
          {plan.goal}
        </Typography>
      </Box>
      {PLAN_LISTS.slice(0, 5).map(list)}
      <Box sx={{ breakInside: 'avoid' }} data-testid="plan-view-activities">
        <Heading document={document}>{translate('mentorflow.advocacy.plan.activities')}</Heading>
        <Table size="small" sx={{ '& td, & th': { px: 0.75 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('mentorflow.advocacy.plan.activity_title')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('mentorflow.advocacy.plan.activity_start')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('mentorflow.advocacy.plan.activity_end')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(plan.activities ?? []).map((activity, i) => {
              const mark = marks?.activities[i] ?? null;
              return (
                <TableRow key={i} data-diff={mark ?? undefined} sx={markSx(mark)}>
                  <TableCell>{activity.title}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(activity.start)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(activity.end)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      {PLAN_LISTS.slice(5).map(list)}
    </Box>
  );
};
