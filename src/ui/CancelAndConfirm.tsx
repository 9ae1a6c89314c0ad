import type { ReactNode } from 'react';

interface Props {
  /** The confirming button's text, e.g. "Save speakers". */
  confirmLabel: ReactNode;
  onCancel(): void;
  /** Left out when the button submits the dialog's form (`form`) instead. */
  onConfirm?(): void;
  /** The id of the form the confirming button submits, so Enter in a field does the same. */
  form?: string;
  disabled?: boolean;
  danger?: boolean;
  /** Where the reason the button did nothing is shown, e.g. an error under the fields. */
  describedBy?: string;
  /** Cancel takes the focus where confirming cannot be taken back lightly. */
  focusCancel?: boolean;
}

/** A dialog's buttons: Cancel, then the one that does what the dialog is for. */
export function CancelAndConfirm({
  confirmLabel,
  onCancel,
  onConfirm,
  form,
  disabled,
  danger,
  describedBy,
  focusCancel,
}: Props) {
  return (
    <>
      <button type="button" onClick={onCancel} autoFocus={focusCancel}>
        Cancel
      </button>
      <button
        type={form ? 'submit' : 'button'}
        form={form}
        className={danger ? 'danger' : 'primary'}
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </>
  );
}
