import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** done / total improvements as a bar with "3 / 8" beside it. */
export const PlanProgress = ({ done, total, wide }: { done?: number | null; total?: number | null; wide?: boolean }) => {
  const translate = useTranslate();
  const d = done ?? 0;
  const t = total ?? 0;
  if (t === 0) {
    return (
      <Typography variant="caption" color="text.secondary" data-testid="plan-progress" data-done={0} data-total={0}>
        {translate('mentorflow.plan.no_plan')}
      </Typography>
    );
  }
  const percent = Math.round((d / t) * 100);
  return (
    <Box
      sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: wide ? 240 : 120 }}
      data-testid="plan-progress"
      data-done={d}
      data-total={t}
    >
      <LinearProgress
        variant="determinate"
        value={percent}
        color={percent >= 50 ? 'success' : 'primary'}
        sx={{ flex: 1, height: wide ? 10 : 6, borderRadius: 5 }}
        aria-label={translate('mentorflow.plan.progress_label', { done: d, total: t })}
      />
      <Typography variant={wide ? 'body2' : 'caption'} sx={{ whiteSpace: 'nowrap' }}>
        {wide ? translate('mentorflow.plan.progress_label', { done: d, total: t }) : `${d} / ${t}`}
      </Typography>
    </Box>
  );
};
