import type { ReactNode } from 'react';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { Section } from '../../tasks/forms/Section';
import type { Grades } from '../types';
import type { ConfigText } from '../useConfigText';
import { ElementsGrid, PrinciplesGrid } from './ElementsGrid';

const DETAILS = [
  ['strengths', 'mentorflow.self_assessment.strengths'],
  ['improvementAreas', 'mentorflow.self_assessment.improvement_areas'],
] as const;

/** An element's strengths and improvement potential (the self-assessment's details). */
const StrengthsInputs = ({ slug }: { slug: string }) =>
  DETAILS.map(([field, label]) => (
    <LongTextInput key={field} source={`elements.${slug}.${field}`} label={label} minRows={2} maxLength={4000} helperText={false} />
  ));

interface GradesSectionsProps {
  text: ConfigText;
  /** Translation keys of the two sections' introductions (the principles' may have none). */
  elementsHelp: string;
  principlesHelp?: string;
  /** Re-evaluation: this year's self-assessment grades, beside each element and principle. */
  previous?: Grades | null;
  /** The inputs beside each element's grade. */
  renderDetails: (slug: string) => ReactNode;
  /** Under each element or principle, e.g. the CSO members' own grades (issue 12). */
  renderAside?: (kind: keyof Grades, slug: string) => ReactNode;
}

/** The grading of a form: the model's elements, then its principles, each a section. */
export const GradesSections = ({ text, elementsHelp, principlesHelp, previous, renderDetails, renderAside }: GradesSectionsProps) => (
  <>
    <Section title="mentorflow.self_assessment.elements" help={elementsHelp} testId="section-elements">
      <ElementsGrid
        text={text}
        previous={previous?.elements}
        renderDetails={renderDetails}
        renderAside={renderAside && ((slug) => renderAside('elements', slug))}
      />
    </Section>
    <Section title="mentorflow.self_assessment.principles" help={principlesHelp} testId="section-principles">
      <PrinciplesGrid
        text={text}
        previous={previous?.principles}
        renderAside={renderAside && ((slug) => renderAside('principles', slug))}
      />
    </Section>
  </>
);

/**
 * The self-assessment's grading, the mentor's as a CSO member's: each element with its strengths
 * and improvement potential, then the principles.
 */
export const SelfAssessmentGrades = ({
  text,
  elementsHelp,
  renderAside,
}: Pick<GradesSectionsProps, 'text' | 'elementsHelp' | 'renderAside'>) => (
  <GradesSections
    text={text}
    elementsHelp={elementsHelp}
    principlesHelp="mentorflow.self_assessment.principles_help"
    renderDetails={(slug) => <StrengthsInputs slug={slug} />}
    renderAside={renderAside}
  />
);
