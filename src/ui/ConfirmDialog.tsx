import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { CancelAndConfirm } from './CancelAndConfirm';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before something that cannot be taken back lightly; Cancel has the focus. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      actions={
        <CancelAndConfirm
          confirmLabel={confirmLabel}
          onCancel={onCancel}
          onConfirm={onConfirm}
          danger={danger}
          focusCancel
        />
      }
    >
      {children}
    </Dialog>
  );
}
