import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { GradeInput } from '../GradeInput';
import { ElementResources } from '../../resources/ElementResources';
import type { Grades } from '../types';
import type { ConfigText } from '../useConfigText';

const GROUPS = ['planning_application', 'measurement_improvement'] as const;

interface ElementsGridProps {
  text: ConfigText;
  /** The inputs beside each grade (strengths and improvement areas, or notes). */
  renderDetails: (slug: string) => ReactNode;
  /** Re-evaluation: this year's self-assessment grades, shown beside each element. */
  previous?: Grades['elements'] | null;
  /** Under the details, e.g. the CSO members' own grades of the element (issue 12). */
  renderAside?: (slug: string) => ReactNode;
}

/**
 * The management model's elements, in their two groups. Each element is a card with
 * its grade (`elements.<slug>.grade`) on the left and the details on the right.
 */
export const ElementsGrid = ({ text, renderDetails, previous, renderAside }: ElementsGridProps) => {
  const translate = useTranslate();
  let number = 0;
  return (
    <>
      {GROUPS.map((group) => {
        const elements = text.config.elements.filter((e) => e.group === group);
        if (elements.length === 0) return null;
        return (
          <Box key={group} sx={{ mb: 2 }}>
            <Typography variant="overline" color="text.secondary" component="h3" sx={{ display: 'block', mb: 1 }}>
              {translate(`mentorflow.element_groups.${group}`)}
            </Typography>
            {elements.map((element) => {
              number += 1;
              return (
                <Card key={element.slug} variant="outlined" sx={{ mb: 1.5 }} data-testid={`element-${element.slug}`}>
                  <CardContent sx={{ pb: '12px !important' }}>
                    <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600, mb: 0.5 }}>
                      {number}. {text.element(element.slug)}
                    </Typography>
                    <Box
                      sx={{
                        display: 'grid',
                        gridTemplateColumns: {
                          xs: '1fr',
                          md: 'minmax(0, 5fr) minmax(0, 6fr)',
                        },
                        columnGap: 3,
                        alignItems: 'start',
                      }}
                    >
                      <GradeInput
                        source={`elements.${element.slug}.grade`}
                        label={translate('mentorflow.grades.grade')}
                        text={text}
                        previous={previous?.[element.slug]}
                      />
                      <Box>
                        {renderDetails(element.slug)}
                        {renderAside?.(element.slug)}
                      </Box>
                    </Box>
                    <ElementResources element={element.slug} />
                  </CardContent>
                </Card>
              );
            })}
          </Box>
        );
      })}
    </>
  );
};

/** The five principles, one row of grades each (`principles.<slug>`). */
export const PrinciplesGrid = ({
  text,
  previous,
  renderAside,
}: {
  text: ConfigText;
  previous?: Grades['principles'] | null;
  /** Under each principle's grade (the members' grades, issue 12). */
  renderAside?: (slug: string) => ReactNode;
}) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: '1fr 1fr 1fr' },
      columnGap: 3,
    }}
    data-testid="principles-grid"
  >
    {text.config.principles.map((principle) => (
      <Box key={principle.slug}>
        <GradeInput
          source={`principles.${principle.slug}`}
          label={text.principle(principle.slug)}
          text={text}
          previous={previous?.[principle.slug]}
          compact
        />
        {renderAside?.(principle.slug)}
      </Box>
    ))}
  </Box>
);
