import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { getSatisfaction } from '../api';
import { oneDecimal } from '../oneDecimal';
import { QueryContent } from '../QueryContent';
import type { SatisfactionRow } from '../types';
import { DataTable, type DataColumn } from '../../programs/show/DataTable';

/**
 * The members' satisfaction with the mentoring (1-5) for a program type: overall, per mentor
 * and per program, each with how many ratings it rests on (n). The program's own monitoring of
 * stakeholder satisfaction, as the document's model asks.
 */
export const SatisfactionCard = ({ type }: { type: 'institutional' | 'advocacy' }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const avg = (row: SatisfactionRow) => oneDecimal(row.average, locale);
  const query = useQuery({ queryKey: ['satisfaction', type], queryFn: () => getSatisfaction({ type }) });
  // Both tables end with the average and how many ratings it rests on.
  const figures: DataColumn<SatisfactionRow>[] = [
    { head: translate('mentorflow.cso.satisfaction.average'), align: 'right', cell: avg },
    { head: 'n', align: 'right', cell: (row) => row.n },
  ];
  return (
    <Card variant="outlined" data-testid={`satisfaction-${type}`}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {translate('mentorflow.cso.satisfaction.title')}
        </Typography>
        <QueryContent query={query}>
          {(data) => (
            <>
              <Typography variant="body2" color="text.secondary" data-testid={`satisfaction-${type}-overall`} data-n={data.overall.n}>
                {data.overall.n === 0
                  ? translate('mentorflow.cso.satisfaction.none')
                  : translate('mentorflow.cso.satisfaction.overall', { average: avg(data.overall), smart_count: data.overall.n })}
              </Typography>
              {data.overall.n > 0 && (
                <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mt: 1 }}>
                  <DataTable
                    testId={`satisfaction-${type}-mentors`}
                    rows={data.byMentor}
                    rowKey={(row) => row.mentorId}
                    columns={[{ head: translate('mentorflow.cso.satisfaction.mentor'), cell: (row) => row.mentorName }, ...figures]}
                  />
                  <DataTable
                    testId={`satisfaction-${type}-programs`}
                    rows={data.byProgram}
                    rowKey={(row) => row.programId}
                    columns={[{ head: translate('mentorflow.cso.satisfaction.program'), cell: (row) => row.organizationName }, ...figures]}
                  />
                </Box>
              )}
            </>
          )}
        </QueryContent>
      </CardContent>
    </Card>
  );
};
