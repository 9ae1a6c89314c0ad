import { formatCount } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { readCountText } from './importLabels';
import { ImportStepHeading } from './ImportStepHeading';
import type { MappedFile } from './importState';

interface Props {
  source: MappedFile;
  rowsChecked: number;
}

/** Rows are checked against the whole file only, so the rest of it is read first. */
export function ImportCheckingStep({ source, rowsChecked }: Props) {
  const { whole, progress } = source;
  const rowCount = whole?.csv.records.length ?? 0;
  const reading = 'Reading the rest of the file first';
  const text = whole
    ? `${formatCount(rowsChecked)} of ${formatCount(rowCount)} rows checked against the workspace`
    : progress
      ? `${reading}: ${readCountText(progress)}`
      : reading;
  return (
    <>
      <ImportStepHeading>Checking rows</ImportStepHeading>
      <ProgressBar
        label="Checking rows"
        valueText={text}
        caption={`${text}…`}
        max={whole ? rowCount : progress?.totalBytes}
        value={whole ? rowsChecked : progress?.bytesParsed}
      />
    </>
  );
}
