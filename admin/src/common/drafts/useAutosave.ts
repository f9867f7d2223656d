import { useCallback, useEffect, useRef, useState } from 'react';

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

/** The first retry of a failed save; each further failure doubles it, up to RETRY_MAX_MS. */
const RETRY_MS = 5000;
const RETRY_MAX_MS = 60_000;

interface AutosaveOptions {
  /** The values now, as JSON. The first ones count as saved. */
  json: string;
  /** Reads the values at save time, when newer than the last render's (by default `json`). */
  read?: () => string;
  /** While true the values are a baseline, not typing: they count as saved. */
  pristine?: boolean;
  /** Writes the values (JSON) to the server; resolves to when it wrote them (ISO), if it says. */
  save: (json: string, options?: { keepalive?: boolean }) => Promise<string | null>;
  initialSavedAt: string | null;
  /** Nothing is saved while false (a submission on its way or done: the draft is the server's to remove). */
  active?: boolean;
  delayMs: number;
}

/**
 * A draft saved while the person types: after a pause (debounced), one save at a time, a failed
 * save retried, and nothing typed dropped (what was typed during a save waits for the next one).
 * The hooks of the react-admin forms, the designed forms and the program type designer build on it.
 */
export const useAutosave = ({
  json,
  read,
  pristine = false,
  save,
  initialSavedAt,
  active = true,
  delayMs,
}: AutosaveOptions): DraftAutosave => {
  const [state, setState] = useState<DraftSaveState>(initialSavedAt ? 'saved' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(initialSavedAt);
  // Counts failed saves: each one arms the next try, whether or not anything more is typed.
  const [failures, setFailures] = useState(0);
  const saved = useRef(json);
  if (pristine) saved.current = json;
  const latest = useRef({ json, read, save, active });
  latest.current = { json, read, save, active };
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const unsaved = json !== saved.current;

  const flush = useCallback((options?: { keepalive?: boolean }): Promise<boolean> => {
    const current = () => latest.current.read?.() ?? latest.current.json;
    chain.current = chain.current.then(async () => {
      const body = current();
      if (body === saved.current) return true;
      if (!latest.current.active) return false;
      setState('saving');
      try {
        const at = await latest.current.save(body, options);
        saved.current = body;
        setSavedAt(at);
        setFailures(0);
        // Typing during the save leaves it pending for the next round.
        setState(current() === body ? 'saved' : 'pending');
        return true;
      } catch {
        setState('error');
        setFailures((n) => n + 1);
        return false;
      }
    });
    return chain.current;
  }, []);

  useEffect(() => {
    // After a failure the retry below saves the latest values; typing does not hurry it.
    if (!unsaved || !active || state === 'error') return;
    if (state !== 'saving') setState('pending');
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
    // `state` is read, not watched: re-arming on it would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json, unsaved, active, flush, delayMs]);

  // A failed save is tried again even when nothing more is typed (the person may have stopped
  // for good), saving whatever is newest by then; backing off so a lasting refusal costs little.
  useEffect(() => {
    if (!failures || !active) return;
    const timer = setTimeout(() => void flush(), Math.min(RETRY_MS * 2 ** (failures - 1), RETRY_MAX_MS));
    return () => clearTimeout(timer);
  }, [failures, active, flush]);

  return { state, savedAt, unsaved, flush };
};
