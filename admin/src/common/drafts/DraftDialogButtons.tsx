import { useFormState } from 'react-hook-form';
import type { DraftTarget } from '../../data/dataProvider';
import { DialogButtons, type DialogButtonsProps } from '../dialogs/DialogButtons';
import { DraftStatus } from './DraftStatus';
import { LeaveGuard } from './LeaveGuard';
import { useDraftAutosave } from './useDraftAutosave';

interface DraftDialogButtonsProps extends Omit<DialogButtonsProps, 'busy' | 'onCancel' | 'status'> {
  onClose: () => void;
  draftTarget: DraftTarget;
  savedAt: string | null;
}

/**
 * The buttons of a dialog's form kept as a draft while typing, its "saved at" beside them:
 * Cancel saves what was typed for the next time the dialog opens.
 */
export const DraftDialogButtons = ({ onClose, draftTarget, savedAt, ...props }: DraftDialogButtonsProps) => {
  const { isSubmitting, isSubmitSuccessful } = useFormState();
  const draft = useDraftAutosave(draftTarget, savedAt);
  const cancel = async () => {
    await draft.flush();
    onClose();
  };
  return (
    <DialogButtons busy={isSubmitting} onCancel={cancel} status={<DraftStatus draft={draft} />} {...props}>
      <LeaveGuard active={draft.unsaved && !isSubmitting && !isSubmitSuccessful} save={draft.flush} />
    </DialogButtons>
  );
};
