import type { ReactNode } from 'react';
import { TextInput, maxLength, required, useTranslate } from 'react-admin';
import { Section } from '../../tasks/forms/Section';
import type { Grades } from '../types';
import type { ConfigText } from '../useConfigText';
import { ElementsGrid, PrinciplesGrid } from './ElementsGrid';

const validateDetail = [required(), maxLength(4000)];

const DETAILS = [
  ['strengths', 'mentorflow.self_assessment.strengths'],
  ['improvementAreas', 'mentorflow.self_assessment.improvement_areas'],
] as const;

/** An element's strengths and improvement potential (the self-assessment's details). */
export const StrengthsInputs = ({ slug }: { slug: string }) =>
  DETAILS.map(([field, label]) => (
    <TextInput
      key={field}
      source={`elements.${slug}.${field}`}
      label={label}
      multiline
      minRows={2}
      validate={validateDetail}
      helperText={false}
    />
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
export const GradesSections = ({ text, elementsHelp, principlesHelp, previous, renderDetails, renderAside }: GradesSectionsProps) => {
  const translate = useTranslate();
  return (
    <>
      <Section title={translate('mentorflow.self_assessment.elements')} help={translate(elementsHelp)} testId="section-elements">
        <ElementsGrid
          text={text}
          previous={previous?.elements}
          renderDetails={renderDetails}
          renderAside={renderAside && ((slug) => renderAside('elements', slug))}
        />
      </Section>
      <Section
        title={translate('mentorflow.self_assessment.principles')}
        help={principlesHelp && translate(principlesHelp)}
        testId="section-principles"
      >
        <PrinciplesGrid
          text={text}
          previous={previous?.principles}
          renderAside={renderAside && ((slug) => renderAside('principles', slug))}
        />
      </Section>
    </>
  );
};
