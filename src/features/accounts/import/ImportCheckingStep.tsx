import { formatCount } from '../../../ui/format';
import { ImportStepHeading } from './ImportStepHeading';

interface Props {
  rowsChecked: number;
  rowCount: number;
}

export function ImportCheckingStep({ rowsChecked, rowCount }: Props) {
  const text = `${formatCount(rowsChecked)} of ${formatCount(rowCount)} rows checked against the workspace`;
  return (
    <>
      <ImportStepHeading>Checking rows</ImportStepHeading>
      <div className="import-progress">
        <progress
          aria-label="Checking rows"
          aria-valuetext={text}
          max={rowCount}
          value={rowsChecked}
        />
        <p role="status" className="import-progress-count">
          {text}…
        </p>
      </div>
    </>
  );
}
