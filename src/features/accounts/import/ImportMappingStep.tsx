import { useMemo } from 'react';
import type { MappingIssue } from '../../../import/csv/columnMapping';
import { PRESET_IDS, PRESETS, type PresetId } from '../../../import/csv/presets';
import { DataTable } from '../../../ui/DataTable';
import { Field } from '../../../ui/Field';
import { plural } from '../../../ui/format';
import { columnExamples, targetOptions } from './importLabels';
import { ImportReadProgress } from './ImportReadProgress';
import { ImportStepHeading } from './ImportStepHeading';
import type { ImportSetup } from './checkRows';
import type { MappedFile } from './importState';
import { Options } from '../../../ui/Options';

interface Props {
  source: MappedFile;
  setup: ImportSetup;
  issues: readonly MappingIssue[];
  onPreset(preset: PresetId): void;
  onTarget(column: string, target: string): void;
}

const isPreset = (value: string): value is PresetId =>
  (PRESET_IDS as readonly string[]).includes(value);

export function ImportMappingStep({ source, setup, issues, onPreset, onTarget }: Props) {
  const { head, whole } = source;
  const examples = useMemo(() => columnExamples(head), [head]);
  const options = targetOptions(setup.kind);
  const columns = plural(head.headers.length, 'column');
  return (
    <>
      <ImportStepHeading>Map columns</ImportStepHeading>
      <p className="import-facts">
        “{source.file.name}”:{' '}
        {whole
          ? `${plural(whole.csv.records.length + whole.csv.rowProblems.length, 'row')}, ${columns}.`
          : `${columns}; the rows are still being read.`}
      </p>
      {!whole && <ImportReadProgress progress={source.progress} />}
      <Field
        label="Format"
        hint={`Detected from the column names. This file imports ${setup.kind}. Your mapping is remembered for the format once you import.`}
      >
        <select
          value={setup.preset}
          onChange={(event) => {
            if (isPreset(event.target.value)) onPreset(event.target.value);
          }}
        >
          <Options options={PRESET_IDS.map((id) => ({ value: id, label: PRESETS[id].label }))} />
        </select>
      </Field>
      {issues.length > 0 && (
        <ul className="import-issues" aria-live="polite">
          {issues.map((issue) => (
            <li key={issue.message} className={issue.severity}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <DataTable
        className="import-mapping"
        caption="Columns of the file and the field each fills"
        captionHidden
        columns={[
          { header: 'Column', rowHeader: true, cell: (row) => row.column },
          { header: 'First value', className: 'import-example', cell: (row) => row.example },
          {
            header: 'Field',
            cell: ({ column, target }) => (
              <select
                aria-label={`Field for column “${column}”`}
                value={target}
                onChange={(event) => onTarget(column, event.target.value)}
              >
                <Options options={options} />
              </select>
            ),
          },
        ]}
        rows={setup.mapping.map((entry, index) => ({ ...entry, example: examples[index] }))}
        rowKey={(row) => row.column}
      />
      <p className="field-hint">
        A custom field keeps the column’s text on each{' '}
        {setup.kind === 'accounts' ? 'account' : 'deal'} under the column’s name.
      </p>
    </>
  );
}
