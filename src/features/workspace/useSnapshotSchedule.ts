import { useEffect } from 'react';
import { useWorkspace } from '../../app/useWorkspace';
import { pruneOrphanSnapshots, takeScheduledSnapshotIfDue } from '../../db/snapshotsRepo';
import { nowIso } from '../../db/workspaceRegistry';

/**
 * Checked more often than snapshots are taken: a one-hour timer drifts, and a check that found
 * the newest snapshot 59:59 old would otherwise wait another full hour.
 */
const CHECK_EVERY_MS = 5 * 60 * 1000;

/**
 * Takes a local snapshot of the open workspace when it opens (if the newest is an hour old) and
 * then hourly while it stays open, pruning after each; drops the snapshots of deleted workspaces.
 */
export function useSnapshotSchedule(): void {
  const { current, db, workspaces } = useWorkspace();
  const workspaceId = current?.id ?? null;

  useEffect(() => {
    if (!workspaceId || !db) return;
    const check = () => {
      // A failed snapshot (a full disk) must not disturb the page; the next check tries again.
      takeScheduledSnapshotIfDue(workspaceId, db, nowIso()).catch(() => undefined);
    };
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [workspaceId, db]);

  // Joined so the effect runs when the set of workspaces changes, not on every list refresh.
  const liveIds = workspaces.map((w) => w.id).join(' ');
  useEffect(() => {
    pruneOrphanSnapshots(liveIds.split(' ')).catch(() => undefined);
  }, [liveIds]);
}
