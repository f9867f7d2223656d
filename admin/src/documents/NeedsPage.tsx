import { useState, type ReactNode } from 'react';
import { Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Role } from '../auth/roles';
import { useConfigText } from '../institutional/useConfigText';
import { DataTable } from '../programs/show/DataTable';
import { SelectFilter } from '../reports/SelectFilter';
import { apiJson } from './filesApi';

interface NeedsReport {
  year: number;
  programs: number;
  elements: {
    element: string;
    plannedCsos: number;
    planItems: number;
    namedAreaCsos: number;
    lowGradeCsos: number;
    averageGrade: number | null;
    organizationIds: string[];
  }[];
  studyTypes: { studyType: string; planItems: number; csos: number; done: number; organizationIds: string[] }[];
}

/** A program's years. */
const YEARS = [1, 2, 3, 4, 5];

/** The events form, opened with a workshop on this need and the CSOs that have it. */
const eventLink = (topic: string, organizationIds: string[]) =>
  `/events/create?source=${encodeURIComponent(JSON.stringify({ kind: 'workshop', topic, organizationIds }))}`;

const StartEvent = ({ topic, organizationIds }: { topic: string; organizationIds: string[] }) => {
  const translate = useTranslate();
  return (
    <Button
      size="small"
      component={RouterLink}
      to={eventLink(topic, organizationIds)}
      startIcon={<EventIcon />}
      data-testid="needs-start-event"
    >
      {translate('mentorflow.needs.start_event')}
    </Button>
  );
};

interface NeedsRow {
  key: string;
  name: string;
  counts: ReactNode[];
  organizationIds: string[];
  /** Whether "Start an event" is offered for the row's CSOs. */
  event: boolean;
}

/** One of the page's tables: a need per row with its counts, and an event for the CSOs who have it. */
const NeedsTable = ({
  title,
  caption,
  testId,
  columns,
  rows,
}: {
  title: string;
  caption?: string;
  testId: string;
  /** The headings: the need's, then the counts'. */
  columns: string[];
  rows: NeedsRow[];
}) => {
  const [need, ...counts] = columns;
  return (
    <Card variant="outlined">
      <CardContent sx={{ overflowX: 'auto' }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {caption && (
          <Typography variant="caption" color="text.secondary">
            {caption}
          </Typography>
        )}
        <DataTable
          testId={testId}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { head: need, cell: (row) => row.name },
            ...counts.map((head, i) => ({ head, align: 'right' as const, cell: (row: NeedsRow) => row.counts[i] })),
            { align: 'right', cell: (row) => row.event && <StartEvent topic={row.name} organizationIds={row.organizationIds} /> },
          ]}
        />
      </CardContent>
    </Card>
  );
};

/**
 * Needs across CSOs: the improvement areas and planned study types most frequent in a year's
 * cohort, so workshops and trainings follow the needs; each row starts an event for its CSOs.
 */
export const NeedsPage = () => {
  const translate = useTranslate();
  const text = useConfigText(undefined);
  const { permissions } = usePermissions<Role>();
  const [year, setYear] = useState(1);
  const [mentorId, setMentorId] = useState('');
  const manager = permissions === 'admin' || permissions === 'program_manager';
  const { data: mentors } = useGetList(
    'users',
    { filter: { role: 'mentor' }, pagination: { page: 1, perPage: 200 }, sort: { field: 'fullName', order: 'ASC' } },
    { enabled: manager },
  );
  const { data, isPending } = useQuery({
    queryKey: ['needs', year, mentorId],
    queryFn: () => apiJson<NeedsReport>(`/reports/needs?year=${year}${mentorId ? `&mentorId=${mentorId}` : ''}`),
  });
  const studyName = (s: string) => translate(`mentorflow.study_types.${s}`, { _: s });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }} data-testid="needs-page">
      <Title title={translate('mentorflow.needs.title')} />
      <Typography variant="h5" component="h1">
        {translate('mentorflow.needs.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('mentorflow.needs.intro')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectFilter
          label={translate('mentorflow.needs.year')}
          value={year}
          onChange={(value) => setYear(Number(value))}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          minWidth={120}
        />
        {manager && (
          <SelectFilter
            label={translate('mentorflow.needs.mentor')}
            value={mentorId}
            onChange={setMentorId}
            options={[
              { value: '', label: translate('mentorflow.needs.all_mentors') },
              ...(mentors ?? []).map((m) => ({ value: m.id, label: m.fullName })),
            ]}
            minWidth={220}
          />
        )}
      </Stack>
      {isPending || !data ? (
        <LinearProgress />
      ) : (
        <>
          <Typography variant="body2" data-testid="needs-count">
            {translate('mentorflow.needs.cohort', { smart_count: data.programs })}
          </Typography>
          <NeedsTable
            title={translate('mentorflow.needs.study_types')}
            testId="needs-study-types"
            columns={['study_type', 'csos', 'items', 'done'].map((key) => translate(`mentorflow.needs.${key}`))}
            rows={data.studyTypes.map((s) => ({
              key: s.studyType,
              name: studyName(s.studyType),
              counts: [s.csos, s.planItems, s.done],
              organizationIds: s.organizationIds,
              event: true,
            }))}
          />
          <NeedsTable
            title={translate('mentorflow.needs.elements')}
            caption={translate('mentorflow.needs.elements_caption')}
            testId="needs-elements"
            columns={['element', 'planned_csos', 'low_grade_csos', 'average_grade'].map((key) => translate(`mentorflow.needs.${key}`))}
            rows={data.elements.map((e) => ({
              key: e.element,
              name: text.element(e.element),
              counts: [e.plannedCsos, e.lowGradeCsos, e.averageGrade ?? '—'],
              organizationIds: e.organizationIds,
              event: e.organizationIds.length > 0,
            }))}
          />
        </>
      )}
    </Box>
  );
};
