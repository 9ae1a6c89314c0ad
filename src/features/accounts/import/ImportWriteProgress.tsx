import { formatCount } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';

interface Props {
  written: number;
  total: number;
}

/** The commit's progress. Nothing is kept until the last record is in, so it says so. */
export function ImportWriteProgress({ written, total }: Props) {
  return (
    <ProgressBar
      className="import-write-progress"
      label="Writing the import"
      valueText={`Writing ${formatCount(written)} of ${formatCount(total)}, kept once all are in`}
      max={total}
      value={written}
    />
  );
}
