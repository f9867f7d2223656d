import { useEffect, useRef, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useBlocker, useTranslate } from 'react-admin';
import { BusyButton } from '../forms/BusyButton';

/**
 * Asks before leaving a form whose latest typing is not saved yet: inside the console (router
 * blocker) with a dialog that can save the draft first, and when closing or reloading the tab
 * (the browser's own prompt). `active` is read at navigation time.
 */
export const LeaveGuard = ({ active, save }: { active: boolean; save: (options?: { keepalive?: boolean }) => Promise<boolean> }) => {
  const translate = useTranslate();
  const activeRef = useRef(active);
  activeRef.current = active;
  const blocker = useBlocker(() => activeRef.current);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    const beforeunload = (event: BeforeUnloadEvent) => {
      if (!activeRef.current) return;
      // Saved even if the person confirms: keepalive lets the request outlive the page.
      void save({ keepalive: true });
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeunload);
    return () => window.removeEventListener('beforeunload', beforeunload);
  }, [save]);

  // The dialog stays until the person chooses, even if the autosave fires meanwhile.
  const open = blocker.state === 'blocked';
  const saveAndLeave = async () => {
    setSaving(true);
    const ok = await save();
    setSaving(false);
    if (ok) blocker.proceed?.();
    else setSaveFailed(true);
  };
  return (
    <Dialog open={open} onClose={() => blocker.reset?.()} data-testid="leave-dialog">
      <DialogTitle>{translate('mentorflow.drafts.leave_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate(saveFailed ? 'mentorflow.drafts.leave_save_failed' : 'mentorflow.drafts.leave_text')}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => blocker.reset?.()} data-testid="leave-stay">
          {translate('mentorflow.drafts.stay')}
        </Button>
        <Button color="error" onClick={() => blocker.proceed?.()} data-testid="leave-discard">
          {translate('mentorflow.drafts.leave_anyway')}
        </Button>
        <BusyButton variant="contained" onClick={saveAndLeave} busy={saving} label="mentorflow.drafts.save_and_leave" testId="leave-save" />
      </DialogActions>
    </Dialog>
  );
};
