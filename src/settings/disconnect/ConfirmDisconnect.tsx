import { DISCONNECT_NOTICE } from '../../engine';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Props {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmation asked before a disconnect request, with the seed's warnings. */
export function ConfirmDisconnect({ name, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      title={`Disconnect ${name}?`}
      message={DISCONNECT_NOTICE}
      confirmLabel="Disconnect"
      cancelLabel="Keep the number"
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
