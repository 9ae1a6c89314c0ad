import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { useWorkspace, useWorkspaceDb } from '../../app/useWorkspace';
import { backupFileCommand } from '../../commands/workspaceCommands';
import { editedSince, getLastBackupAt } from '../../db/backupRepo';
import { backupReminderDue } from '../../domain/backupReminder';
import { downloadText } from '../../ui/download';
import { formatDateTime } from './backupSummary';
import { RestoreBackupForm } from './RestoreBackupForm';
import { SnapshotList } from './SnapshotList';
import { ErrorAlert } from '../../ui/ErrorAlert';

export function BackupPanel() {
  const { registry, current } = useWorkspace();
  const db = useWorkspaceDb();
  const run = useCommand();
  const ctx = useCommandContext();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const workspaceId = current?.id ?? '';
  const createdAt = current?.createdAt ?? '';
  const status = useLiveQuery(async () => {
    const lastBackupAt = await getLastBackupAt(registry, workspaceId);
    const edited = await editedSince(db, lastBackupAt);
    // The clock is read here rather than in render, so each change re-evaluates it.
    const due = backupReminderDue({
      lastDownloadAt: lastBackupAt,
      createdAt,
      editedSinceBackup: edited,
      now: ctx.now(),
    });
    return { lastBackupAt, due };
  }, [registry, workspaceId, db, createdAt, ctx]);
  if (!current) return null;

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      await run(backupFileCommand(ctx, { registry, workspace: current }), {
        failed: 'Could not create the backup',
        throwErrors: true,
        // Handed to the browser before the toast says it was downloaded.
        onDone: ({ text, fileName }) => downloadText(text, fileName, 'application/json'),
      });
    } catch (e) {
      setError(`Could not create the backup: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-heading" className="panel backup-panel">
      <h2 id="backup-heading">Backups</h2>
      <p className="lede">
        A backup file holds everything in “{current.name}”. Keep one outside this browser: clearing
        site data or a full disk can remove everything stored here, local snapshots included.
      </p>
      {status?.due && (
        <p role="status" className="backup-reminder">
          This workspace changed and has had no file backup for 7 days. Download one to keep your
          tour safe.
        </p>
      )}
      <div className="backup-download">
        <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
          Download backup
        </button>
        {status && (
          <span className="backup-last">
            {status.lastBackupAt
              ? `Last downloaded ${formatDateTime(status.lastBackupAt)}.`
              : 'No backup downloaded yet.'}
          </span>
        )}
      </div>
      {busy && <p role="status">Preparing the backup…</p>}
      <ErrorAlert message={error} className="backup-error" />
      <RestoreBackupForm workspace={current} />
      <SnapshotList workspace={current} />
    </section>
  );
}
