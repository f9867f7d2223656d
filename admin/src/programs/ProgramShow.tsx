import { Suspense } from 'react';
import { LinearProgress } from '@mui/material';
import { ListButton, Show, TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import type { Role } from '../auth/roles';
import { useRecordLoadErrorHandler } from '../common/useRecordLoadErrorHandler';
import type { ProgramRecord } from '../institutional/types';
import { OpenInTemporalButton } from '../common/OpenInTemporalButton';
import { programTypeEntry, TEMPLATE_PROGRAM_TYPE } from './registry';

/** The workflow in Temporal's Web UI (every program is deep-linked). */
const TemporalLink = () => {
  const program = useRecordContext<ProgramRecord>();
  const { permissions } = usePermissions<Role>();
  // The Web UI has no login and lists every CSO's workflow (the API sends the link to these roles only).
  if (!program?.temporalUiUrl || (permissions !== 'admin' && permissions !== 'program_manager')) return null;
  return <OpenInTemporalButton href={program.temporalUiUrl} />;
};

/** A program's entry: template programs carry their version (`template`), built-in ones their type. */
const entryOf = (program: ProgramRecord) =>
  (program as { template?: unknown }).template ? TEMPLATE_PROGRAM_TYPE : programTypeEntry(program.type);

const Controls = ({ program }: { program: ProgramRecord }) => {
  const { Controls: TypeControls } = entryOf(program);
  return <TypeControls />;
};

const ProgramActions = () => {
  const program = useRecordContext<ProgramRecord>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {program && <Controls program={program} />}
      <TemporalLink />
      <ListButton />
    </TopToolbar>
  );
};

const ProgramTitle = () => {
  const program = useRecordContext<ProgramRecord>();
  return <>{program?.organizationName ?? ''}</>;
};

/** The page of the program's type (programs/registry.tsx), loaded on demand. */
const ProgramPage = () => {
  const program = useRecordContext<ProgramRecord>();
  if (!program) return null;
  const { Page } = entryOf(program);
  return (
    <Suspense fallback={<LinearProgress />}>
      <Page program={program} />
    </Suspense>
  );
};

/**
 * A program: where it stands this year, its tasks, plan, visits and grades, and (for
 * program managers) the controls. Re-read every 30 s: timers in the workflow move it too.
 */
export const ProgramShow = () => {
  const onError = useRecordLoadErrorHandler();
  return (
    <Show title={<ProgramTitle />} actions={<ProgramActions />} queryOptions={{ onError, refetchInterval: 30_000 }}>
      <ProgramPage />
    </Show>
  );
};
