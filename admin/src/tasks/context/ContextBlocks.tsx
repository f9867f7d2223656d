import type { ReactNode } from 'react';
import { Box, Link, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import type { ConfigText } from '../../institutional/useConfigText';
import type { GenderReportContext, SelfAssessmentContext } from '../../institutional/types';

interface BlockProps {
  /** The title's translation key, with its arguments. */
  title: string;
  titleArgs?: Record<string, unknown>;
  testId?: string;
  children: ReactNode;
}

/** A titled, read-only block of the context panel. */
const Block = ({ title, titleArgs, testId, children }: BlockProps) => {
  const translate = useTranslate();
  return (
    <Box component="section" data-testid={testId}>
      <Typography variant="overline" component="h3" color="text.secondary" sx={{ lineHeight: 1.6 }}>
        {translate(title, titleArgs)}
      </Typography>
      {children}
    </Box>
  );
};

const Text = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
    {children}
  </Typography>
);

/** Where the self-assessment came from: its session dates and a link to it. */
export const SelfAssessmentSource = ({ self }: { self: SelfAssessmentContext }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const dates = self.sessionDates
    .filter(Boolean)
    .map((d) => formatDate(d))
    .join(', ');
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('mentorflow.context.self_assessment')}
      {dates ? ` · ${translate('mentorflow.context.held_on', { dates })}` : ''} ·{' '}
      <Link component={RouterLink} to={`/tasks/${self.taskId}/show`} data-testid="context-self-link">
        {translate('mentorflow.context.open_task')}
      </Link>
    </Typography>
  );
};

/** Element and principle grades, with the scale's maximum; `title` a translation key. */
export const GradesBlock = ({ self, text, title }: { self: SelfAssessmentContext; text: ConfigText; title: string }) => {
  const max = text.config.gradeScale.max;
  const rows: [string, string, number | undefined][] = [
    ...text.config.elements.map(
      (e) => [e.slug, text.element(e.slug), self.elements[e.slug]?.grade] as [string, string, number | undefined],
    ),
    ...text.config.principles.map((p) => [p.slug, text.principle(p.slug), self.principles[p.slug]] as [string, string, number | undefined]),
  ];
  return (
    <Block title={title} testId="context-grades">
      <Table size="small" sx={{ '& td': { px: 0.5, py: 0.4 } }}>
        <TableBody>
          {rows.map(([slug, name, grade], i) => (
            <TableRow
              key={slug}
              data-testid={`context-grade-${slug}`}
              sx={i === text.config.elements.length ? { '& td': { borderTop: 2, borderTopColor: 'divider' } } : undefined}
            >
              <TableCell>{name}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                {grade ?? '—'} / {max}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Block>
  );
};

export const ParticipantsBlock = ({ self }: { self: SelfAssessmentContext }) => {
  return (
    <Block title="mentorflow.context.participants" titleArgs={{ count: self.participants.length }} testId="context-participants">
      <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
        {self.participants.map((p, i) => (
          <li key={i}>
            {p.name}
            {p.position ? (
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                — {p.position}
              </Typography>
            ) : null}
          </li>
        ))}
      </Box>
    </Block>
  );
};

export const GenderObservationsBlock = ({ self }: { self: SelfAssessmentContext }) => (
  <Block title="mentorflow.context.gender_observations" testId="context-gender-observations">
    <Text>{self.genderObservations || '—'}</Text>
  </Block>
);

/** Per element: its grade and the improvement potential the session named. */
export const ImprovementAreasBlock = ({ self, text }: { self: SelfAssessmentContext; text: ConfigText }) => {
  return (
    <Block title="mentorflow.context.improvement_areas" testId="context-improvement-areas">
      <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1 }}>
        {text.config.elements.map((e) => {
          const value = self.elements[e.slug];
          return (
            <Box key={e.slug} data-testid={`context-area-${e.slug}`}>
              <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
                {text.element(e.slug)}{' '}
                <Typography component="span" variant="body2" color="text.secondary">
                  ({value?.grade ?? '—'} / {text.config.gradeScale.max})
                </Typography>
              </Typography>
              <Box component="dd" sx={{ m: 0 }}>
                <Text>{value?.improvementAreas || '—'}</Text>
              </Box>
            </Box>
          );
        })}
      </Box>
    </Block>
  );
};

export const GenderRecommendationsBlock = ({ report }: { report: GenderReportContext }) => {
  const translate = useTranslate();
  return (
    <Block title="mentorflow.context.gender_recommendations" testId="context-gender-recommendations">
      <Text>{report.recommendations || '—'}</Text>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {translate('mentorflow.context.mainstreaming_level')}: {translate(`mentorflow.mainstreaming.${report.mainstreamingLevel}`)} ·{' '}
        <Link component={RouterLink} to={`/tasks/${report.taskId}/show`}>
          {translate('mentorflow.context.open_task')}
        </Link>
      </Typography>
    </Block>
  );
};

export const NotYet = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" data-testid="context-none">
      {translate('mentorflow.context.none')}
    </Typography>
  );
};
