import { useQueries } from '@tanstack/react-query';
import { useLocale } from 'react-admin';
import { useMentorflowDataProvider } from '../data/dataProvider';
import { pickText } from './text';
import type { StageDef } from './types';
import { usePublishedTypes } from './usePublishedTypes';

/**
 * The published designed types with their latest version's stages, in the console's language:
 * for lists and filters that show designed types beside the built-in ones. Versions never change,
 * so each is fetched once (the same query key as useTemplateVersion).
 */
export const useDesignedVocabulary = () => {
  const locale = useLocale();
  const dataProvider = useMentorflowDataProvider();
  const published = usePublishedTypes();
  const versions = useQueries({
    queries: published.map((row) => ({
      queryKey: ['template-version', row.key, row.latestVersion ?? undefined],
      queryFn: () => dataProvider.getTemplateVersion(row.key, row.latestVersion as number),
      staleTime: Infinity,
    })),
  });
  const types = published.map((row, i) => ({
    key: row.key,
    name: pickText(row.name, locale),
    stages: (versions[i]?.data?.definition.stages ?? []).map((stage: StageDef) => ({ id: stage.id, name: pickText(stage.name, locale) })),
  }));
  const byKey = new Map(types.map((type) => [type.key, type]));
  return {
    types,
    /** A designed type's name (undefined for a key that is not one). */
    typeName: (key: string | undefined) => (key ? byKey.get(key)?.name : undefined),
    /** A designed type's stage name (undefined when unknown). */
    stageName: (key: string | undefined, stage: string | undefined) =>
      key && stage ? byKey.get(key)?.stages.find((s) => s.id === stage)?.name : undefined,
  };
};
