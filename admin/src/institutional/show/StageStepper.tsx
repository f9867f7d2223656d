import { useLocale, useTranslate } from 'react-admin';
import { ProgramStepper, taskCaption, type StepCaption } from '../../programs/show/ProgramStepper';
import { YEAR_STEPS } from '../domain';
import type { ProgramRecord, ProgramTask } from '../types';

const fmt = (iso: string, locale: string) =>
  // With the year: a program runs for years, "Until 1 Dec" alone is ambiguous.
  new Date(iso).toLocaleDateString(locale === 'tr' ? 'tr-TR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** What is known about a step this year: its task's completion or due date. */
const useStepCaption = (program: ProgramRecord) => {
  const translate = useTranslate();
  const locale = useLocale();
  const tasks: ProgramTask[] = (program.live?.tasks ?? []).filter((t) => t.year === program.year);
  return (step: string): StepCaption => {
    if (step === 'implementation') {
      const ends = program.live?.yearEndsAt;
      return program.stage === 'implementation' && ends
        ? { text: translate('mentorflow.stepper.until', { date: fmt(ends, locale) }), error: false }
        : null;
    }
    return taskCaption(tasks.filter((t) => t.type === step).at(-1), translate, (iso) => fmt(iso, locale));
  };
};

/** The current year's steps: self-assessment -> gender report -> improvement plan -> implementation -> re-evaluation. */
export const StageStepper = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const caption = useStepCaption(program);
  return (
    <ProgramStepper
      title={translate('mentorflow.stepper.title', { year: program.year })}
      aside={{ testId: 'year-indicator', text: translate('mentorflow.programs.year_of', { year: program.year, years: program.years }) }}
      stage={program.stage}
      steps={YEAR_STEPS.map((step) => ({ id: step, label: translate(`mentorflow.stages.${step}`) }))}
      activeStep={YEAR_STEPS.indexOf(program.stage as (typeof YEAR_STEPS)[number])}
      finished={program.stage === 'completed'}
      withdrawn={program.stage === 'withdrawn' || program.status === 'withdrawn'}
      caption={caption}
    />
  );
};
