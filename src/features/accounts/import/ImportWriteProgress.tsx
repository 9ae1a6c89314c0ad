import { formatCount } from '../../../ui/format';

interface Props {
  written: number;
  total: number;
}

/** The commit's progress. Nothing is kept until the last record is in, so it says so. */
export function ImportWriteProgress({ written, total }: Props) {
  const text = `Writing ${formatCount(written)} of ${formatCount(total)}, kept once all are in`;
  return (
    <div className="import-progress import-write-progress">
      <progress aria-label="Writing the import" aria-valuetext={text} max={total} value={written} />
      <p role="status" className="import-progress-count">
        {text}
      </p>
    </div>
  );
}
