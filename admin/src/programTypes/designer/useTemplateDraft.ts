import { useState } from 'react';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import { useAutosave } from '../../common/drafts';
import type { TemplateDefinition, TemplateError } from '../types';

/**
 * The design being edited and its autosave: every change is PUT to the type's draft after a
 * pause in typing (debounced); a failed save is retried and nothing typed is dropped (the
 * definition lives here until the server holds it). The checks' errors come back with each save.
 */
export const useTemplateDraft = (key: string, initial: TemplateDefinition, initialSavedAt: string | null, delayMs = 1000) => {
  const dataProvider = useMentorflowDataProvider();
  const [definition, setDefinition] = useState<TemplateDefinition>(initial);
  const [errors, setErrors] = useState<TemplateError[] | null>(null);
  const autosave = useAutosave({
    json: JSON.stringify(definition),
    save: async (json, options) => {
      const result = await dataProvider.saveTemplateDraft(key, JSON.parse(json) as TemplateDefinition, options);
      setErrors(result.errors ?? []);
      return result.draft?.updatedAt ?? new Date().toISOString();
    },
    initialSavedAt,
    delayMs,
  });
  return { definition, setDefinition, autosave, errors, setErrors };
};
