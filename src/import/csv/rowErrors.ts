/** The error a user sees for one cell (or one unreadable row) of an import. */
export interface RowError {
  /** 1-based data row: the header is not counted, nor anything skipped before it. */
  row: number;
  /** The CSV header; '' when the whole row is unreadable. */
  column: string;
  /** The field the column maps to ("arr", "customFields"); '' for a whole-row problem. */
  field: string;
  reason: string;
}

/** "Row 7778: arr — expected a number, got “twelve”"; the field is added when the header differs. */
export function formatRowError(error: RowError): string {
  if (error.column === '') return `Row ${error.row} — ${error.reason}`;
  const sameName = error.field === '' || error.column.toLowerCase() === error.field.toLowerCase();
  const where = sameName ? error.column : `${error.column} (${error.field})`;
  return `Row ${error.row}: ${where} — ${error.reason}`;
}
