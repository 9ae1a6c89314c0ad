import type { CsvParseProgress } from '../../../import/csv/parseCsvFile';
import { ImportReadProgress } from './ImportReadProgress';
import { ImportStepHeading } from './ImportStepHeading';

interface Props {
  fileName: string;
  progress: CsvParseProgress | null;
}

export function ImportProgressStep({ fileName, progress }: Props) {
  return (
    <>
      <ImportStepHeading>Reading “{fileName}”</ImportStepHeading>
      <ImportReadProgress progress={progress} />
    </>
  );
}
