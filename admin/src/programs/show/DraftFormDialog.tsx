import { useMemo, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { DialogButtonsProps } from '../../common/dialogs/DialogButtons';
import { FormDialog } from '../../common/dialogs/FormDialog';
import { DraftDialogButtons, useOpenedDraft } from '../../common/drafts';
import type { DraftTarget } from '../../data/dataProvider';

interface DraftFormDialogProps {
  open: boolean;
  onClose: () => void;
  testId: string;
  /** Translated. */
  title: string;
  /** Where what is typed is kept until it is sent (on this device or another). */
  draftKey: string;
  /** The form's values when there is no draft; a draft's own values win. */
  defaultValues: Record<string, unknown>;
  /** react-admin's onSubmit (the errors to show, or undefined); `discard` forgets the draft. */
  onSubmit: (values: FieldValues, discard: () => Promise<void>) => Promise<unknown>;
  cancelTestId: string;
  confirm: DialogButtonsProps['confirm'];
  children: ReactNode;
}

/** A FormDialog whose form is kept as a draft while typing and opens with what was typed last time. */
export const DraftFormDialog = ({ open, draftKey, defaultValues, onSubmit, cancelTestId, confirm, ...dialog }: DraftFormDialogProps) => {
  const draftTarget = useMemo<DraftTarget>(() => ({ key: draftKey }), [draftKey]);
  const { opened, discard } = useOpenedDraft(draftTarget, open);
  return (
    <FormDialog
      open={open}
      loading={!opened}
      onSubmit={(values) => onSubmit(values, discard)}
      defaultValues={{ ...defaultValues, ...(opened?.data ?? {}) }}
      buttons={
        <DraftDialogButtons
          onClose={dialog.onClose}
          draftTarget={draftTarget}
          savedAt={opened?.updatedAt ?? null}
          cancelTestId={cancelTestId}
          confirm={confirm}
        />
      }
      {...dialog}
    />
  );
};
