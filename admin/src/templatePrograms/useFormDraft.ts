import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftAutosave } from '../common/drafts';
import { useMentorflowDataProvider, type DraftTarget } from '../data/dataProvider';

const RETRY_MS = 5000;

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
  const [state, setState] = useState<DraftAutosave['state']>(initialSavedAt ? 'saved' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(initialSavedAt);
  const json = JSON.stringify(values);
  const saved = useRef(json);
  const latest = useRef(json);
  latest.current = json;
  const stopped = useRef(false);
  // Held while a submission is on its way (and after it succeeded): nothing to save or to guard.
  const [held, setHeld] = useState(false);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const unsaved = enabled && !held && json !== saved.current;

  const flush = useCallback(
    (options?: { keepalive?: boolean }) => {
      chain.current = chain.current.then(async () => {
        const current = latest.current;
        if (current === saved.current || stopped.current) return true;
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
    [dataProvider, target],
  );

  useEffect(() => {
    if (!unsaved) return;
    if (state !== 'saving' && state !== 'error') setState('pending');
    const timer = setTimeout(() => void flush(), state === 'error' ? RETRY_MS : delayMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json, unsaved, flush, delayMs]);

  /** While submitting (and after success: the server removes the draft), nothing more to save or to guard. */
  const hold = useCallback((on: boolean) => {
    stopped.current = on;
    setHeld(on);
  }, []);
  const autosave: DraftAutosave = { state, savedAt, unsaved, flush };
  return { autosave, hold };
};
