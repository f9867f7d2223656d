import { pathResolver } from '../../common/fieldPaths';
import type { ProgramSignal } from '../../institutional/types';
import { useProgramChange } from './useProgramChange';

const resolvePath = pathResolver({ inputs: [/^(reason|mentorId|genderExpertId|override)$/] });

/**
 * POST /api/programs/:id/signals/:name. The API checks the live state first (409 when the
 * signal makes no sense now) and answers 202; the workflow applies it a moment later,
 * so the page re-reads a few times. `intercept` takes the errors the dialog handles itself.
 */
export const useSendSignal = (programId: string, intercept?: (error: unknown) => boolean) => {
  const { change } = useProgramChange({
    send: (dataProvider, { name, body }: { name: ProgramSignal; body: Record<string, unknown> }) =>
      dataProvider.sendProgramSignal(programId, name, body),
    resolvePath,
    done: ({ name }) => ({ message: `mentorflow.controls.sent.${name}`, type: 'info' }),
    settle: true,
    intercept,
  });
  return (name: ProgramSignal, body: Record<string, unknown> = {}) => change({ name, body });
};
