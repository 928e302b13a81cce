import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: ReactNode;
  /** What will happen, in a sentence. */
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Style the confirm button as destructive. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before doing something; Cancel has focus first, so Enter never destroys by accident. */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel = 'Cancel', danger, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      role="alertdialog"
      title={title}
      description={message}
      onClose={onCancel}
      actions={(
        <>
          <button type="button" data-autofocus onClick={onCancel}>{cancelLabel}</button>
          <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>{confirmLabel}</button>
        </>
      )}
    >
      {null}
    </Dialog>
  );
}
