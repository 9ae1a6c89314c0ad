import {
  ACCOUNT_COLUMNS,
  ACCOUNT_COLUMN_LABELS,
  type AccountColumn,
} from '../../domain/accountsTableLayout';

interface Props {
  hidden: AccountColumn[];
  onChange(hidden: AccountColumn[]): void;
}

/** A disclosure of checkboxes: native, keyboard-friendly, no popup focus management needed. */
export function ColumnPicker({ hidden, onChange }: Props) {
  return (
    <details className="column-picker">
      <summary>Columns</summary>
      <fieldset>
        <legend>Show columns</legend>
        {ACCOUNT_COLUMNS.filter((c) => c !== 'name').map((column) => (
          <label key={column}>
            <input
              type="checkbox"
              checked={!hidden.includes(column)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? hidden.filter((c) => c !== column) : [...hidden, column],
                )
              }
            />
            {ACCOUNT_COLUMN_LABELS[column]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
