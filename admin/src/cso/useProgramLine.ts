import { useTranslate } from 'react-admin';

/** "Self-assessment · year 1 of 3 · mentor Ayşe": where one of the organisation's programs stands, for its members. */
export const useProgramLine = () => {
  const translate = useTranslate();
  return (program: { stage: string; year: number; years: number; mentorName?: string | null }) =>
    translate('mentorflow.cso.home.program_line', {
      stage: translate(`mentorflow.stages.${program.stage}`, { _: program.stage }),
      year: program.year,
      years: program.years,
      mentor: program.mentorName ?? '—',
    });
};
