import { useQuery } from '@tanstack/react-query';
import { useMentorflowDataProvider } from '../data/dataProvider';
import type { InstitutionalConfig } from '../institutional/domain';

/** GET /api/reports/institutional?year=N */
export const useInstitutionalReport = (year: number) => {
  const dataProvider = useMentorflowDataProvider();
  return useQuery({
    queryKey: ['reports', 'institutional', year],
    queryFn: () => dataProvider.getInstitutionalReport(year),
    placeholderData: (previous) => previous,
  });
};

/** GET /api/reports/advocacy */
export const useAdvocacyReport = () => {
  const dataProvider = useMentorflowDataProvider();
  return useQuery({ queryKey: ['reports', 'advocacy'], queryFn: () => dataProvider.getAdvocacyReport() });
};

/** The current institutional configuration: the element names of the grade chart. */
export const useInstitutionalConfig = () => {
  const dataProvider = useMentorflowDataProvider();
  return useQuery({
    queryKey: ['config', 'institutional'],
    queryFn: () => dataProvider.getConfig<InstitutionalConfig>('institutional'),
    staleTime: 5 * 60_000,
  });
};
