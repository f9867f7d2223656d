import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { pathResolver, toSubmissionErrors, type PathResolver, type SubmissionErrors } from '../common/fieldPaths';
import { useWorkflowErrorHandler } from '../common/useWorkflowErrorHandler';
import { useMentorflowDataProvider } from '../data/dataProvider';
import type { AdvocacyConfig, ConfigChange, ConfigType, ConfigVersion, InstitutionalConfig } from './types';

type Configs = { institutional: InstitutionalConfig; advocacy: AdvocacyConfig };

/** GET /api/config/:type: the configuration new programs start with. */
export const useCurrentConfig = <T extends ConfigType>(type: T) => {
  const dataProvider = useMentorflowDataProvider();
  return useQuery({ queryKey: ['config', type], queryFn: () => dataProvider.getConfig<Configs[T]>(type) });
};

/** GET /api/config/:type/versions, newest first. */
export const useConfigVersions = <T extends ConfigType>(type: T) => {
  const dataProvider = useMentorflowDataProvider();
  return useQuery({
    queryKey: ['config', type, 'versions'],
    queryFn: () => dataProvider.getConfigVersions<Configs[T]>(type) as Promise<ConfigVersion<Configs[T]>[]>,
  });
};

/** Every path the API names is an input of the tab that sent it. */
const anyPath: PathResolver = pathResolver({ inputs: [/.*/] });

/**
 * PUT /api/config/:type with one tab's part. Resolves to undefined when saved (a new
 * version), or to the form's errors: the API's 400 `errors` (e.g. "elements.3.name.tr")
 * on the inputs of the same paths.
 */
export const useSaveConfig = (type: ConfigType, resolve: PathResolver = anyPath) => {
  const dataProvider = useMentorflowDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const onError = useWorkflowErrorHandler();
  return async (change: ConfigChange): Promise<SubmissionErrors | undefined> => {
    try {
      const saved = await dataProvider.updateConfig<{ version: number }>(type, change);
      notify('mentorflow.config.saved', { type: 'success', messageArgs: { version: saved.version } });
      await queryClient.invalidateQueries({ queryKey: ['config', type] });
      return undefined;
    } catch (error) {
      const errors = toSubmissionErrors(error, resolve);
      if (errors) return errors;
      await onError(error);
      return undefined;
    }
  };
};
