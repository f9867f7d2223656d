import { useTranslate } from 'react-admin';
import { ProgramHeader } from '../../programs/show/ProgramHeader';
import { FinalPlanBadge } from '../chips';
import type { AdvocacyProgramRecord } from '../types';
import { useFormatDate } from '../../common/useFormatDate';

/** Who, since when, where the plan stands; and why the program isn't moving when it isn't. */
export const AdvocacySummary = ({ program }: { program: AdvocacyProgramRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const field = (name: string) => translate(`resources.programs.fields.${name}`);
  const finalVersion = program.live?.finalPlanVersion ?? program.details?.finalPlanVersion ?? null;
  return (
    <ProgramHeader
      program={program}
      status={program.live?.status ?? program.status}
      stage={program.live?.stage ?? program.stage}
      chips={finalVersion && <FinalPlanBadge version={finalVersion} />}
      facts={[
        { label: field('type'), value: translate('mentorflow.program_types.advocacy') },
        { label: field('mentorId'), value: program.mentorName, testId: 'program-mentor' },
        { label: field('startDate'), value: formatDate(program.startDate) },
        {
          label: translate('mentorflow.advocacy.summary.plan_locked'),
          value: formatDate(program.live?.planLockedAt ?? program.details?.planLockedAt),
          testId: 'plan-locked-at',
        },
        { label: field('configVersion'), value: `v${program.configVersion}` },
      ]}
      pausedSince={formatDate(program.live?.pausedAt)}
      withdrawnReason={program.live?.withdrawnReason ?? program.withdrawnReason ?? '—'}
    />
  );
};
