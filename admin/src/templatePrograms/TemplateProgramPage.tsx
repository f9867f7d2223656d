import { Alert, Box, Chip, LinearProgress, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import { ProgramStatusChip } from '../institutional/chips';
import type { ProgramRecord } from '../institutional/types';
import { HistoryList } from '../programs/show/HistoryList';
import { ReadModelBanner } from '../programs/show/ReadModelBanner';
import { useText } from '../programTypes/text';
import { FiguresPanel } from './FiguresPanel';
import { RecordsPanel } from './RecordsPanel';
import { TemplateStepper } from './TemplateStepper';
import { TemplateTasksPanel } from './TemplateTasksPanel';
import type { TemplateProgramRecord } from './types';
import { historyStepName } from './historyStepName';
import { useTemplateVersion } from './useTemplateVersion';

const Fact = ({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) => (
  <Box data-testid={testId}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Box sx={{ typography: 'body2' }}>{children}</Box>
  </Box>
);

const twoColumns = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
  alignItems: 'start',
};

/**
 * The page of a program of a designed type: the stepper from the stages of the version it runs,
 * its open tasks, records (with "Add record"), computed figures and history.
 */
export const TemplateProgramPage = ({ program }: { program: TemplateProgramRecord }) => {
  const translate = useTranslate();
  const text = useText();
  const locale = useLocale();
  const version = useTemplateVersion(program.template?.key, program.template?.version);
  if (version.isPending) return <LinearProgress />;
  if (!version.data) return <Alert severity="error">{translate('mentorflow.template_programs.version_unavailable')}</Alert>;
  const definition = version.data.definition;
  const status = program.live?.status ?? program.status;
  const stage = program.live?.stage ?? program.stage;
  const cycle = program.live?.cycle ?? program.year ?? 1;
  const figures = { ...(program.details?.figures ?? {}), ...(program.live?.figures ?? {}) };
  const date = (value: string | null | undefined) =>
    value
      ? new Date(value.length === 10 ? `${value}T00:00:00` : value).toLocaleDateString(locale === 'tr' ? 'tr-TR' : 'en-GB', {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
        })
      : '—';
  const stageName = definition.stages.find((s) => s.id === stage)?.name;
  // The workflow names steps by ids (`stage_started:meetings`, a task id): the page says them with the designed names.
  const names = new Map<string, string>(
    definition.stages.flatMap((s) => [
      [s.id, text(s.name)] as [string, string],
      ...s.tasks.map((t) => [t.id, text(t.name)] as [string, string]),
    ]),
  );
  const stepName = (step: string) => historyStepName(step, definition, names, translate);
  return (
    <Box
      sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}
      data-testid="program-page"
      data-template="true"
      data-status={status}
      data-stage={stage}
    >
      <ReadModelBanner error={program.readModelError} />
      <Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 2 }}>
          <Typography
            variant="h5"
            component="h1"
            sx={{ fontWeight: 600, fontSize: { xs: '1.3rem', sm: '1.5rem' }, overflowWrap: 'anywhere' }}
          >
            {program.organizationName}
          </Typography>
          <ProgramStatusChip status={status} />
          {stageName && status !== 'completed' && status !== 'withdrawn' && (
            <Chip size="small" color="info" label={text(stageName)} data-testid="stage-chip" />
          )}
        </Box>
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', rowGap: 1.5 }}>
          <Fact label={translate('resources.programs.fields.type')} testId="program-type-name">
            <Link component={RouterLink} to={`/program-types/${encodeURIComponent(version.data.key)}/show`}>
              {text(definition.name)}
            </Link>
          </Fact>
          <Fact label={translate('mentorflow.template_programs.version')} testId="program-template-version">
            v{version.data.version}
          </Fact>
          <Fact label={translate('resources.programs.fields.organizationId')}>
            <Link component={RouterLink} to={`/organizations/${program.organizationId}/show`}>
              {program.organizationName}
            </Link>
          </Fact>
          <Fact label={translate('resources.programs.fields.mentorId')} testId="program-mentor">
            {program.mentorName}
          </Fact>
          {definition.genderExpert && (
            <Fact label={translate('resources.programs.fields.genderExpertId')} testId="program-gender-expert">
              {program.genderExpertName ?? '—'}
            </Fact>
          )}
          <Fact label={translate('resources.programs.fields.startDate')}>{date(program.startDate)}</Fact>
          <Fact label={translate('resources.programs.fields.lastContactAt')}>{date(program.lastContactAt)}</Fact>
        </Box>
      </Box>
      <TemplateStepper definition={definition} stage={stage} cycle={cycle} cycles={definition.cycles.count} />
      <Box sx={twoColumns}>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <TemplateTasksPanel programId={program.id} definition={definition} />
          <FiguresPanel figures={definition.figures} values={figures} />
        </Box>
        <RecordsPanel program={program} definition={definition} />
      </Box>
      <HistoryList
        program={
          {
            ...program,
            live: program.live
              ? { ...program.live, history: (program.live.history ?? []).map((entry) => ({ ...entry, step: stepName(entry.step) })) }
              : program.live,
          } as unknown as ProgramRecord
        }
      />
    </Box>
  );
};
