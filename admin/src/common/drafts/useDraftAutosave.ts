import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useMentorflowDataProvider, type DraftTarget } from '../../data/dataProvider';

export type DraftSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface DraftAutosave {
  state: DraftSaveState;
  /** When the draft on the server was last written (ISO), if ever. */
  savedAt: string | null;
  /** Values typed that the server does not hold yet. */
  unsaved: boolean;
  /**
   * Saves now (e.g. before leaving); resolves to whether the server holds the current values.
   * `keepalive` lets the request finish while the tab closes or reloads.
   */
  flush: (options?: { keepalive?: boolean }) => Promise<boolean>;
}

const RETRY_MS = 5000;

/**
 * Saves the form's values as a server-side draft while the person types (debounced), inside a
 * react-hook-form (react-admin) Form. The values the form opened with count as saved.
 */
export const useDraftAutosave = (target: DraftTarget, initialSavedAt: string | null, delayMs = 1200): DraftAutosave => {
  const dataProvider = useMentorflowDataProvider();
  const { control, getValues } = useFormContext();
  const values = useWatch({ control });
  const { isSubmitting, isSubmitSuccessful } = useFormState({ control });
  const [state, setState] = useState<DraftSaveState>(initialSavedAt ? 'saved' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(initialSavedAt);
  const saved = useRef<string | null>(null);
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
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const stopped = useRef(false);
  const json = JSON.stringify(values ?? {});
  if (saved.current === null) saved.current = json;
  if (!interacted.current) saved.current = json;
  const unsaved = json !== saved.current;

  // Once submitted the draft is the server's to remove; nothing more to save.
  stopped.current = isSubmitting || isSubmitSuccessful;

  const flush = useCallback(
    (options?: { keepalive?: boolean }): Promise<boolean> => {
      chain.current = chain.current.then(async () => {
        const current = JSON.stringify(getValues() ?? {});
        if (current === saved.current) return true;
        if (stopped.current) return false;
        setState('saving');
        try {
          const result = await dataProvider.saveDraft(target, JSON.parse(current), options);
          saved.current = current;
          setSavedAt(result.updatedAt);
          setState('saved');
          return true;
        } catch {
          setState('error');
          return false;
        }
      });
      return chain.current;
    },
    [dataProvider, getValues, target],
  );

  useEffect(() => {
    if (!unsaved || isSubmitting || isSubmitSuccessful) return;
    if (state !== 'saving' && state !== 'error') setState('pending');
    const timer = setTimeout(() => void flush(), state === 'error' ? RETRY_MS : delayMs);
    return () => clearTimeout(timer);
    // `state` is read for the delay only; re-arming on it would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json, unsaved, isSubmitting, isSubmitSuccessful, flush, delayMs]);

  return { state, savedAt, unsaved, flush };
};
