import { Alert, Box, Chip, LinearProgress, Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../common/useFormatDate';
import type { ProgramRecord } from '../institutional/types';
import { HistoryList } from '../programs/show/HistoryList';
import { ProgramFacts, ProgramTitle, organizationFact } from '../programs/show/ProgramHeader';
import { Columns, Panels, ProgramPage } from '../programs/show/ProgramPageLayout';
import { ReadModelBanner } from '../programs/show/ReadModelBanner';
import { useText } from '../programTypes/text';
import { FiguresPanel } from './FiguresPanel';
import { RecordsPanel } from './RecordsPanel';
import { TemplateStepper } from './TemplateStepper';
import { TemplateTasksPanel } from './TemplateTasksPanel';
import type { TemplateProgramRecord } from './types';
import { historyStepName } from './historyStepName';
import { useTemplateVersion } from './useTemplateVersion';

/**
 * The page of a program of a designed type: the stepper from the stages of the version it runs,
 * its open tasks, records (with "Add record"), computed figures and history.
 */
export const TemplateProgramPage = ({ program }: { program: TemplateProgramRecord }) => {
  const translate = useTranslate();
  const text = useText();
  const date = useFormatDate();
  const field = (name: string) => translate(`resources.programs.fields.${name}`);
  const version = useTemplateVersion(program.template?.key, program.template?.version);
  if (version.isPending) return <LinearProgress />;
  if (!version.data) return <Alert severity="error">{translate('mentorflow.template_programs.version_unavailable')}</Alert>;
  const definition = version.data.definition;
  const status = program.live?.status ?? program.status;
  const stage = program.live?.stage ?? program.stage;
  const cycle = program.live?.cycle ?? program.year ?? 1;
  const figures = { ...(program.details?.figures ?? {}), ...(program.live?.figures ?? {}) };
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
    <ProgramPage data-template="true" data-status={status} data-stage={stage}>
      <ReadModelBanner error={program.readModelError} />
      <Box>
        <ProgramTitle name={program.organizationName} status={status}>
          {stageName && status !== 'completed' && status !== 'withdrawn' && (
            <Chip size="small" color="info" label={text(stageName)} data-testid="stage-chip" />
          )}
        </ProgramTitle>
        <ProgramFacts
          rowGap={1.5}
          facts={[
            {
              label: field('type'),
              value: (
                <Link component={RouterLink} to={`/program-types/${encodeURIComponent(version.data.key)}/show`}>
                  {text(definition.name)}
                </Link>
              ),
              testId: 'program-type-name',
            },
            {
              label: translate('mentorflow.template_programs.version'),
              value: `v${version.data.version}`,
              testId: 'program-template-version',
            },
            organizationFact(program, field('organizationId')),
            { label: field('mentorId'), value: program.mentorName, testId: 'program-mentor' },
            ...(definition.genderExpert
              ? [{ label: field('genderExpertId'), value: program.genderExpertName ?? '—', testId: 'program-gender-expert' }]
              : []),
            { label: field('startDate'), value: date(program.startDate) },
            { label: field('lastContactAt'), value: date(program.lastContactAt) },
          ]}
        />
      </Box>
      <TemplateStepper definition={definition} stage={stage} cycle={cycle} cycles={definition.cycles.count} />
      <Columns>
        <Panels>
          <TemplateTasksPanel programId={program.id} definition={definition} />
          <FiguresPanel figures={definition.figures} values={figures} />
        </Panels>
        <RecordsPanel program={program} definition={definition} />
      </Columns>
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
    </ProgramPage>
  );
};
