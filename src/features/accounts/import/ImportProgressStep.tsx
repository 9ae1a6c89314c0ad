import type { CsvParseProgress } from '../../../import/csv/parseCsvFile';
import { formatCount } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { estimatedRows } from './importLabels';
import { ImportStepHeading } from './ImportStepHeading';

interface Props {
  fileName: string;
  progress: CsvParseProgress | null;
}

function countText(progress: CsvParseProgress | null): string {
  if (!progress) return 'Starting…';
  if (progress.bytesParsed >= progress.totalBytes) {
    return `${formatCount(progress.rowsParsed)} rows read`;
  }
  const total = estimatedRows(progress);
  return total === null
    ? `${formatCount(progress.rowsParsed)} rows`
    : `${formatCount(progress.rowsParsed)} of ~${formatCount(total)} rows`;
}

export function ImportProgressStep({ fileName, progress }: Props) {
  const text = countText(progress);
  return (
    <>
      <ImportStepHeading>Reading “{fileName}”</ImportStepHeading>
      {/* Without a value the bar is indeterminate until the first rows arrive. */}
      <ProgressBar
        label="Reading CSV"
        valueText={text}
        max={progress?.totalBytes}
        value={progress?.bytesParsed}
      />
    </>
  );
}
