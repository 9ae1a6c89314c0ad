import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { restoreSnapshotCommand } from '../../commands/workspaceCommands';
import type { SnapshotRecord } from '../../db/snapshotsDb';
import { listSnapshots } from '../../db/snapshotsRepo';
import { summariseCounts } from '../../domain/backupCounts';
import { KEEP_DAYS, KEEP_TODAY } from '../../domain/snapshotRetention';
import type { Workspace } from '../../domain/schemas/workspace';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime } from './backupSummary';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ActionsHeader } from '../../ui/ActionsHeader';

interface Props {
  workspace: Workspace;
}

const REASON_LABELS: Record<SnapshotRecord['reason'], string> = {
  scheduled: 'Hourly',
  'before-restore': 'Before a restore',
};

export function SnapshotList({ workspace }: Props) {
  const run = useCommand();
  const ctx = useCommandContext();
  const snapshots = useLiveQuery(() => listSnapshots(workspace.id), [workspace.id]);
  const [pending, setPending] = useState<SnapshotRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async (snapshot: SnapshotRecord) => {
    setPending(null);
    setBusy(true);
    setError(null);
    try {
      const input = {
        workspaceId: workspace.id,
        snapshotId: snapshot.id,
        takenLabel: formatDateTime(snapshot.takenAt),
      };
      await run(restoreSnapshotCommand(ctx, input), {
        failed: 'The snapshot was not restored',
        throwErrors: true,
      });
    } catch (e) {
      setError(`Nothing was changed. ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="snapshots-heading" className="backup-snapshots">
      <h3 id="snapshots-heading">Local snapshots</h3>
      <p className="field-hint">
        Taken in this browser every hour while Tourbook is open, and before every restore. The last{' '}
        {KEEP_TODAY} of today and the newest of each of the {KEEP_DAYS} days before are kept.
      </p>
      {snapshots === undefined ? (
        <p role="status">Loading snapshots…</p>
      ) : snapshots.length === 0 ? (
        <p>No snapshots yet.</p>
      ) : (
        <table className="backup-snapshot-table" aria-labelledby="snapshots-heading">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col">Contents</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {snapshots.map((snapshot) => {
              const when = formatDateTime(snapshot.takenAt);
              return (
                <tr key={snapshot.id}>
                  <td>
                    <time dateTime={snapshot.takenAt}>{when}</time>
                  </td>
                  <td>{REASON_LABELS[snapshot.reason]}</td>
                  <td>{summariseCounts(snapshot.counts)}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Restore snapshot from ${when}`}
                      onClick={() => setPending(snapshot)}
                    >
                      Restore snapshot
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {busy && <p role="status">Restoring…</p>}
      <ErrorAlert message={error} className="backup-error" />
      <ConfirmDialog
        open={pending !== null}
        title={
          pending
            ? `Restore the snapshot from ${formatDateTime(pending.takenAt)}?`
            : 'Restore snapshot?'
        }
        confirmLabel="Restore snapshot"
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) void restore(pending);
        }}
      >
        <p>
          Everything in “{workspace.name}” is replaced by this snapshot
          {pending ? ` (${summariseCounts(pending.counts)})` : ''}. A snapshot of the current data
          is taken first, so this too can be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
