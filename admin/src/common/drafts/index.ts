export { DraftStatus, formatSavedAt } from './DraftStatus';
export { LeaveGuard } from './LeaveGuard';
export { useDraft } from './useDraft';
export { useDraftAutosave, type DraftAutosave } from './useDraftAutosave';
