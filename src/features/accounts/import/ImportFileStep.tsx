import type { CsvReadError } from '../../../import/csv/parseCsv';
import { MAX_CSV_BYTES } from '../../../import/csv/fileSize';
import { Field } from '../../../ui/Field';
import { formatBytes } from '../../../ui/format';
import { DELIMITER_CHOICES, delimiterName } from './importLabels';
import { ImportStepHeading } from './ImportStepHeading';
import { Options } from '../../../ui/Options';

interface Props {
  notice: CsvReadError | null;
  /** The file the notice is about, so it can be read again with another delimiter. */
  file: File | null;
  delimiter: string;
  onDelimiterChange(delimiter: string): void;
  onFile(file: File, delimiter?: string): void;
}

export function ImportFileStep({ notice, file, delimiter, onDelimiterChange, onFile }: Props) {
  return (
    <>
      <ImportStepHeading>Choose a file</ImportStepHeading>
      <p className="lede">
        A HubSpot companies export, a Salesforce opportunities report, or a Tourbook accounts CSV.
        Every row is checked before anything is written, and you confirm the import at the end.
      </p>
      <div className="import-file-fields">
        <Field label="CSV file" hint={`Up to ${formatBytes(MAX_CSV_BYTES)}.`}>
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) onFile(chosen);
            }}
          />
        </Field>
        <Field label="Delimiter">
          <select value={delimiter} onChange={(event) => onDelimiterChange(event.target.value)}>
            <Options options={DELIMITER_CHOICES} />
          </select>
        </Field>
      </div>
      {notice?.kind === 'cancelled' && <p role="status">{notice.message} Nothing was written.</p>}
      {notice && notice.kind !== 'cancelled' && (
        <div role="alert" className="import-notice">
          <p>
            <strong>
              {file ? `“${file.name}” cannot be imported.` : 'This file cannot be imported.'}
            </strong>{' '}
            Nothing was written.
          </p>
          <p>{notice.message}</p>
          {notice.kind === 'wrong_delimiter' && file && (
            <button type="button" onClick={() => onFile(file, notice.suspected)}>
              Read again with {delimiterName(notice.suspected)}
            </button>
          )}
        </div>
      )}
    </>
  );
}
