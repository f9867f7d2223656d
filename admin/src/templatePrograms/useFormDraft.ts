import { useCallback, useState } from 'react';
import { useAutosave, type DraftAutosave } from '../common/drafts';
import { useMentorflowDataProvider, type DraftTarget } from '../data/dataProvider';

/**
 * The server-side draft of a designed form (form-js keeps its own values, outside react-hook-form,
 * so common/drafts' useDraftAutosave does not apply): saved after a pause in typing, retried on
 * failure, stopped once the form is submitted.
 */
export const useFormDraft = (
  target: DraftTarget,
  values: Record<string, unknown>,
  initialSavedAt: string | null,
  enabled: boolean,
  delayMs = 1200,
) => {
  const dataProvider = useMentorflowDataProvider();
  // Held while a submission is on its way (and after it succeeded): nothing to save or to guard.
  const [held, setHeld] = useState(false);
  const active = enabled && !held;
  const draft = useAutosave({
    json: JSON.stringify(values),
    save: async (json, options) => (await dataProvider.saveDraft(target, JSON.parse(json), options)).updatedAt,
    initialSavedAt,
    active,
    delayMs,
  });
  /** While submitting (and after success: the server removes the draft), nothing more to save or to guard. */
  const hold = useCallback((on: boolean) => setHeld(on), []);
  const autosave: DraftAutosave = { ...draft, unsaved: active && draft.unsaved };
  return { autosave, hold };
};
