import { useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import { ProgramHeader } from '../../programs/show/ProgramHeader';
import type { ProgramRecord } from '../types';

/** Who, since when, where it stands; and why it isn't moving when it isn't. */
export const ProgramSummary = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const date = useFormatDate();
  const field = (name: string) => translate(`resources.programs.fields.${name}`);
  return (
    <ProgramHeader
      program={program}
      status={program.live?.status ?? program.status}
      stage={program.live?.stage ?? program.stage}
      facts={[
        { label: field('mentorId'), value: program.mentorName, testId: 'program-mentor' },
        { label: field('genderExpertId'), value: program.genderExpertName ?? '—', testId: 'program-gender-expert' },
        { label: field('startDate'), value: date(program.startDate) },
        { label: field('lastContactAt'), value: date(program.live?.lastContactAt ?? program.lastContactAt) },
        { label: field('configVersion'), value: `v${program.configVersion}` },
      ]}
      pausedSince={date(program.live?.pausedAt)}
      withdrawnReason={program.live?.withdrawnReason ?? program.withdrawnReason ?? '—'}
    />
  );
};
