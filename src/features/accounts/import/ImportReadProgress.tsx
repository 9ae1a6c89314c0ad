import type { CsvParseProgress } from '../../../import/csv/parseCsvFile';
import { ProgressBar } from '../../../ui/ProgressBar';
import { readCountText } from './importLabels';

/** How far the file is parsed; without a value the bar is indeterminate until rows arrive. */
export function ImportReadProgress({ progress }: { progress: CsvParseProgress | null }) {
  return (
    <ProgressBar
      label="Reading CSV"
      valueText={readCountText(progress)}
      max={progress?.totalBytes}
      value={progress?.bytesParsed}
    />
  );
}
