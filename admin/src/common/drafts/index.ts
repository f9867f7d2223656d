export { DraftStatus, formatSavedAt } from './DraftStatus';
export { LeaveGuard } from './LeaveGuard';
export { useDraft } from './useDraft';
export { useDraftAutosave, type DraftAutosave } from './useDraftAutosave';
export { DraftDialogButtons } from './DraftDialogButtons';
export { useOpenedDraft, type OpenedDraft } from './useOpenedDraft';
export { useAutosave } from './useAutosave';
