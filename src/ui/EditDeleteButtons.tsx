interface Props {
  /** What the row is, e.g. "deal Renewal 2025": the buttons' names say which row they act on. */
  what: string;
  onEdit(): void;
  onDelete(): void;
  disabled?: boolean;
}

/** A table row's Edit and Delete buttons. */
export function EditDeleteButtons({ what, onEdit, onDelete, disabled }: Props) {
  return (
    <>
      <button type="button" aria-label={`Edit ${what}`} onClick={onEdit} disabled={disabled}>
        Edit
      </button>
      <button
        type="button"
        className="danger"
        aria-label={`Delete ${what}`}
        onClick={onDelete}
        disabled={disabled}
      >
        Delete
      </button>
    </>
  );
}
