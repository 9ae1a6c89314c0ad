import { useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { applyCohortsCommand } from '../../commands/cohortCommands';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../../ui/format';
import { CohortThresholdsForm } from '../../shared/cohorts/CohortThresholdsForm';
import { SuggestionsTable } from './SuggestionsTable';
import { useCohortSuggestions } from './useCohortSuggestions';
import { CancelAndConfirm } from '../../ui/CancelAndConfirm';

/** Mounted only while open, so its live queries run only while someone is looking. */
export function SuggestCohortsDialog({ onClose }: { onClose(): void }) {
  const ctx = useCommandContext();
  const { db } = ctx;
  const run = useCommand();
  const { thresholds, saveThresholds, rows, changes } = useCohortSuggestions(db);
  const changeCount = changes.length;
  const [busy, setBusy] = useState(false);
  const kept = rows?.filter((row) => row.outcome === 'kept').length ?? 0;

  const applyAll = async () => {
    setBusy(true);
    const applied = await run(applyCohortsCommand(ctx, changes), {
      failed: 'Nothing applied',
    });
    if (applied === undefined) setBusy(false);
    else onClose();
  };

  return (
    <Dialog
      open
      wide
      title="Suggest cohorts"
      onClose={onClose}
      actions={
        <CancelAndConfirm
          confirmLabel={`Apply ${plural(changeCount, 'suggestion')}`}
          onCancel={onClose}
          onConfirm={() => void applyAll()}
          disabled={busy || changeCount === 0}
        />
      }
    >
      <p className="lede">
        The rules triangulate value, sales cycle and retention. They only suggest: a cohort you set
        by hand, or one that came in with an import, is never replaced.
      </p>
      <details className="suggest-thresholds">
        <summary>Thresholds</summary>
        {thresholds ? (
          <CohortThresholdsForm initial={thresholds} onSave={saveThresholds} />
        ) : (
          <p role="status">Loading thresholds…</p>
        )}
      </details>
      {rows === undefined ? (
        <p role="status">Working out suggestions…</p>
      ) : (
        <>
          <p className="suggest-summary" aria-live="polite">
            <strong>{plural(changeCount, 'change')} to apply</strong>
            {kept > 0 && <> · {plural(kept, 'cohort')} kept: set by you</>}
          </p>
          <SuggestionsTable rows={rows} />
        </>
      )}
    </Dialog>
  );
}
