import { useLocale, useTranslate } from 'react-admin';
import { ProgramHeader } from '../../programs/show/ProgramHeader';
import type { ProgramRecord } from '../types';

const date = (value: string | null | undefined, locale: string) =>
  value
    ? new Date(value.length === 10 ? `${value}T00:00:00` : value).toLocaleDateString(locale === 'tr' ? 'tr-TR' : 'en-GB', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      })
    : '—';

/** Who, since when, where it stands; and why it isn't moving when it isn't. */
export const ProgramSummary = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const field = (name: string) => translate(`resources.programs.fields.${name}`);
  return (
    <ProgramHeader
      program={program}
      status={program.live?.status ?? program.status}
      stage={program.live?.stage ?? program.stage}
      facts={[
        { label: field('mentorId'), value: program.mentorName, testId: 'program-mentor' },
        { label: field('genderExpertId'), value: program.genderExpertName ?? '—', testId: 'program-gender-expert' },
        { label: field('startDate'), value: date(program.startDate, locale) },
        { label: field('lastContactAt'), value: date(program.live?.lastContactAt ?? program.lastContactAt, locale) },
        { label: field('configVersion'), value: `v${program.configVersion}` },
      ]}
      pausedSince={date(program.live?.pausedAt, locale)}
      withdrawnReason={program.live?.withdrawnReason ?? program.withdrawnReason ?? '—'}
    />
  );
};
