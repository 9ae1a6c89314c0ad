import { badRowsCsv } from '../../../import/csv/badRowsCsv';
import type { ParsedCsv } from '../../../import/csv/parseCsv';
import { formatRowError, type RowError } from '../../../import/csv/rowErrors';
import { plural } from '../../../ui/format';
import { badRowsFileName, failedRowCount } from './importLabels';
import { downloadText } from '../../../ui/download';

interface Props {
  csv: ParsedCsv;
  errors: readonly RowError[];
  fileName: string;
}

const SHOWN = 10;

export function ImportRowErrors({ csv, errors, fileName }: Props) {
  const more = errors.length - SHOWN;
  return (
    <div role="alert" className="import-errors">
      <p>
        <strong>
          {plural(failedRowCount(errors), 'row')} failed validation. Nothing was imported.
        </strong>{' '}
        Fix the file and choose it again; rows are numbered from the first row under the header.
      </p>
      <ul>
        {errors.slice(0, SHOWN).map((error) => (
          <li key={`${error.row}|${error.column}|${error.reason}`}>{formatRowError(error)}</li>
        ))}
      </ul>
      {more > 0 && <p>…and {plural(more, 'more problem')}, all in the download.</p>}
      <button
        type="button"
        onClick={() => downloadText(badRowsCsv(csv, errors), badRowsFileName(fileName), 'text/csv')}
      >
        Download bad rows (CSV)
      </button>
    </div>
  );
}
