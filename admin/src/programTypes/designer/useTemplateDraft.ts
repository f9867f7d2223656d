import { useCallback, useEffect, useRef, useState } from 'react';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import type { DraftAutosave } from '../../common/drafts';
import type { TemplateDefinition, TemplateError } from '../types';

const RETRY_MS = 5000;

/**
 * The design being edited and its autosave: every change is PUT to the type's draft after a
 * pause in typing (debounced); a failed save is retried and nothing typed is dropped (the
 * definition lives here until the server holds it). The checks' errors come back with each save.
 */
export const useTemplateDraft = (key: string, initial: TemplateDefinition, initialSavedAt: string | null, delayMs = 1000) => {
  const dataProvider = useMentorflowDataProvider();
  const [definition, setDefinition] = useState<TemplateDefinition>(initial);
  const [state, setState] = useState<DraftAutosave['state']>(initialSavedAt ? 'saved' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(initialSavedAt);
  const [errors, setErrors] = useState<TemplateError[] | null>(null);
  const saved = useRef(JSON.stringify(initial));
  const latest = useRef(definition);
  latest.current = definition;
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const json = JSON.stringify(definition);
  const unsaved = json !== saved.current;

  const flush = useCallback(
    (options?: { keepalive?: boolean }): Promise<boolean> => {
      chain.current = chain.current.then(async () => {
        const current = latest.current;
        const body = JSON.stringify(current);
        if (body === saved.current) return true;
        setState('saving');
        try {
          const result = await dataProvider.saveTemplateDraft(key, current, options);
          saved.current = body;
          setSavedAt(result.draft?.updatedAt ?? new Date().toISOString());
          setErrors(result.errors ?? []);
          // Typing during the save leaves it pending for the next round.
          setState(JSON.stringify(latest.current) === body ? 'saved' : 'pending');
          return true;
        } catch {
          setState('error');
          return false;
        }
      });
      return chain.current;
    },
    [dataProvider, key],
  );

  useEffect(() => {
    if (!unsaved) return;
    if (state !== 'saving' && state !== 'error') setState('pending');
    const timer = setTimeout(() => void flush(), state === 'error' ? RETRY_MS : delayMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json, unsaved, flush, delayMs]);

  const autosave: DraftAutosave = { state, savedAt, unsaved, flush };
  return { definition, setDefinition, autosave, errors, setErrors };
};
