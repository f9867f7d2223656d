import { useRef } from 'react';
import type { DraftTarget } from '../../data/dataProvider';
import { useDraft } from './useDraft';

export interface OpenedDraft {
  data: Record<string, unknown> | null;
  updatedAt: string | null;
}

/**
 * The draft a dialog's form opens with (typed last time, on this device or another, and not
 * sent then): read when the dialog opens and kept as it was while it stays open, so the
 * autosave's writes do not reset the form. `opened` is null while it is read (or closed).
 */
export const useOpenedDraft = (target: DraftTarget, open: boolean) => {
  const draft = useDraft(target, open);
  const opened = useRef<OpenedDraft | null>(null);
  if (!open) opened.current = null;
  else if (!opened.current && !draft.isPending)
    opened.current = { data: draft.data?.data ?? null, updatedAt: draft.data?.updatedAt ?? null };
  return { opened: opened.current, discard: draft.discard };
};
