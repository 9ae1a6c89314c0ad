interface Props {
  /** What the row is, e.g. "deal Renewal 2025": the buttons' names say which row they act on. */
  what: string;
  onEdit(): void;
  onDelete(): void;
  disabled?: boolean;
  /** The edit button's word where editing is narrower, e.g. "Rename". */
  editLabel?: string;
}

/** A row's Edit and Delete buttons. */
export function EditDeleteButtons({ what, onEdit, onDelete, disabled, editLabel = 'Edit' }: Props) {
  return (
    <>
      <button
        type="button"
        aria-label={`${editLabel} ${what}`}
        onClick={onEdit}
        disabled={disabled}
      >
        {editLabel}
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
