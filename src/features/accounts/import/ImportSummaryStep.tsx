import type { ImportCommitResult } from '../../../db/importRepo';
import type { ImportKind } from '../../../import/csv/presets';
import { formatCount, plural } from '../../../ui/format';
import { ImportStepHeading } from './ImportStepHeading';
import type { UndoState } from './importState';

interface Props {
  fileName: string;
  kind: ImportKind;
  result: ImportCommitResult;
  undo: UndoState;
  onUndo(): void;
}

export function ImportSummaryStep({ fileName, kind, result, undo, onUndo }: Props) {
  return (
    <>
      <ImportStepHeading>Imported “{fileName}”</ImportStepHeading>
      <p className="import-summary" role="status">
        Created {formatCount(result.created)} · Updated {formatCount(result.updated)} · Skipped{' '}
        {formatCount(result.skipped)}
      </p>
      {kind === 'deals' && result.accountsCreated > 0 && (
        <p>
          {plural(result.accountsCreated, 'new account')} created for deals that named{' '}
          {result.accountsCreated === 1 ? 'it' : 'them'}.
        </p>
      )}
      {undo.status === 'undone' ? (
        <p role="status">{undo.message}</p>
      ) : (
        <p>
          <button type="button" disabled={undo.status === 'working'} onClick={onUndo}>
            Undo import
          </button>{' '}
          <span className="import-muted">
            Removes what it created and puts back what it changed.
          </span>
        </p>
      )}
      {undo.status === 'refused' && (
        <p role="alert" className="import-notice">
          Could not undo: {undo.message}
        </p>
      )}
    </>
  );
}
