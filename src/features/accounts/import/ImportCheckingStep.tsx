import { formatCount } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
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
      <ProgressBar
        label="Checking rows"
        valueText={text}
        caption={`${text}…`}
        max={rowCount}
        value={rowsChecked}
      />
    </>
  );
}
