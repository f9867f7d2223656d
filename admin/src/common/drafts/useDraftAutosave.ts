import { useEffect, useRef } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useMentorflowDataProvider, type DraftTarget } from '../../data/dataProvider';
import { useAutosave, type DraftAutosave } from './useAutosave';

export type { DraftAutosave, DraftSaveState } from './useAutosave';

/**
 * Saves the form's values as a server-side draft while the person types (debounced), inside a
 * react-hook-form (react-admin) Form. The values the form opened with count as saved.
 */
export const useDraftAutosave = (target: DraftTarget, initialSavedAt: string | null, delayMs = 1200): DraftAutosave => {
  const dataProvider = useMentorflowDataProvider();
  const { control, getValues } = useFormContext();
  const values = useWatch({ control });
  const { isSubmitting, isSubmitSuccessful } = useFormState({ control });
  // Inputs register their defaults during the first renders; those are not the person's typing.
  // Until they type, tick or pick something (an input or change event), values are the baseline.
  const interacted = useRef(false);
  useEffect(() => {
    const mark = () => {
      interacted.current = true;
    };
    document.addEventListener('input', mark, true);
    document.addEventListener('change', mark, true);
    return () => {
      document.removeEventListener('input', mark, true);
      document.removeEventListener('change', mark, true);
    };
  }, []);
  return useAutosave({
    json: JSON.stringify(values ?? {}),
    read: () => JSON.stringify(getValues() ?? {}),
    pristine: !interacted.current,
    save: async (json, options) => (await dataProvider.saveDraft(target, JSON.parse(json), options)).updatedAt,
    initialSavedAt,
    // Once submitted the draft is the server's to remove; nothing more to save.
    active: !(isSubmitting || isSubmitSuccessful),
    delayMs,
  });
};
