import { useState } from 'react';
import { Box, Button, Chip, Collapse, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { GradeStats, MemberGrade } from '../types';

const fmt = (value: number | null) => (value == null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * Beside an element's consolidated grade: what the members said (n, min, median, max) and,
 * opened, each member's grade with their strengths and improvement areas.
 */
export const ElementMemberGrades = ({
  stats,
  testId,
}: {
  stats: (GradeStats & { grades?: MemberGrade[] }) | undefined;
  testId: string;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!stats || stats.n === 0) return null;
  const grades = stats.grades ?? [];
  return (
    <Box
      sx={{ mt: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1 }}
      data-testid={testId}
      data-n={stats.n}
      data-median={stats.median ?? ''}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        <Typography variant="caption" sx={{ fontWeight: 600 }}>
          {translate('mentorflow.cso.summary.members', { smart_count: stats.n })}
        </Typography>
        <Chip size="small" label={`${translate('mentorflow.cso.summary.min')} ${fmt(stats.min)}`} />
        <Chip size="small" color="primary" label={`${translate('mentorflow.cso.summary.median')} ${fmt(stats.median)}`} />
        <Chip size="small" label={`${translate('mentorflow.cso.summary.max')} ${fmt(stats.max)}`} />
        {grades.length > 0 && (
          <Button size="small" onClick={() => setOpen((o) => !o)} data-testid={`${testId}-toggle`}>
            {translate(open ? 'mentorflow.cso.summary.hide' : 'mentorflow.cso.summary.show')}
          </Button>
        )}
      </Box>
      <Collapse in={open} unmountOnExit>
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mt: 0.5 }}>
          {grades.map((g, i) => (
            <Box
              component="li"
              key={`${g.memberName}-${i}`}
              sx={{ py: 0.5, borderTop: 1, borderColor: 'divider' }}
              data-testid="member-grade"
            >
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {g.memberName}: {g.grade}
              </Typography>
              {g.strengths && (
                <Typography variant="caption" component="div">
                  <b>{translate('mentorflow.self_assessment.strengths')}:</b> {g.strengths}
                </Typography>
              )}
              {g.improvementAreas && (
                <Typography variant="caption" component="div">
                  <b>{translate('mentorflow.self_assessment.improvement_areas')}:</b> {g.improvementAreas}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      </Collapse>
    </Box>
  );
};
