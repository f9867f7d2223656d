import { useQuery } from '@tanstack/react-query';
import { useMentorflowDataProvider } from '../data/dataProvider';

/** The published version a program runs (it keeps it for its whole life); versions never change, so cached for long. */
export const useTemplateVersion = (key: string | undefined, version: number | undefined) => {
  const dataProvider = useMentorflowDataProvider();
  return useQuery({
    queryKey: ['template-version', key, version],
    queryFn: () => dataProvider.getTemplateVersion(key as string, version as number),
    enabled: !!key && !!version,
    staleTime: Infinity,
  });
};
