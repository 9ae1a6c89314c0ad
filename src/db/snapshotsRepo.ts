import Dexie from 'dexie';
import { parseBackup, type ParsedBackup } from '../domain/backupFormat';
import { snapshotsToKeep } from '../domain/snapshotRetention';
import { exportWorkspace, restoreIntoDb, type RestoreSource } from './backupRepo';
import { CURRENT_SCHEMA_VERSION, type WorkspaceDb } from './schema';
import { snapshotsDb, type SnapshotReason, type SnapshotRecord } from './snapshotsDb';
import { newId } from './workspaceRegistry';

export const SNAPSHOT_EVERY_MS = 60 * 60 * 1000;

export async function takeSnapshot(
  workspaceId: string,
  db: WorkspaceDb,
  reason: SnapshotReason,
  now: string,
): Promise<SnapshotRecord> {
  const { blob, counts } = await exportWorkspace(db);
  const json = await blob.text();
  const record: SnapshotRecord = { id: newId(), workspaceId, takenAt: now, reason, counts };
  const store = snapshotsDb();
  await store.transaction('rw', store.snapshots, store.bodies, async () => {
    await store.snapshots.add(record);
    await store.bodies.add({ id: record.id, json });
  });
  return record;
}

/** Newest first. */
export async function listSnapshots(workspaceId: string): Promise<SnapshotRecord[]> {
  const list = await snapshotsDb()
    .snapshots.where('[workspaceId+takenAt]')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .toArray();
  return list.reverse();
}

async function deleteSnapshots(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const store = snapshotsDb();
  await store.transaction('rw', store.snapshots, store.bodies, async () => {
    await store.snapshots.bulkDelete(ids);
    await store.bodies.bulkDelete(ids);
  });
}

/** Applies the retention rule of snapshotRetention.ts; returns how many were deleted. */
export async function pruneSnapshots(workspaceId: string, now: string): Promise<number> {
  const all = await listSnapshots(workspaceId);
  const keep = new Set(snapshotsToKeep(all, now));
  const doomed = all.filter((s) => !keep.has(s.id)).map((s) => s.id);
  await deleteSnapshots(doomed);
  return doomed.length;
}

/** Snapshots of workspaces that were deleted: deleting a workspace promises its data is gone. */
export async function pruneOrphanSnapshots(liveWorkspaceIds: readonly string[]): Promise<number> {
  const live = new Set(liveWorkspaceIds);
  const all = await snapshotsDb().snapshots.toArray();
  const doomed = all.filter((s) => !live.has(s.workspaceId)).map((s) => s.id);
  await deleteSnapshots(doomed);
  return doomed.length;
}

/** Several tabs may have the same workspace open; the lock makes one of them take the snapshot. */
async function withSnapshotLock<T>(workspaceId: string, run: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request(`tourbook-snapshot-${workspaceId}`, run);
  }
  return run();
}

/**
 * Takes a scheduled snapshot when the newest is an hour old or more (or dated ahead by as
 * much, after a clock change), then prunes. Returns the new snapshot, or null when none was due.
 */
export async function takeScheduledSnapshotIfDue(
  workspaceId: string,
  db: WorkspaceDb,
  now: string,
): Promise<SnapshotRecord | null> {
  return withSnapshotLock(workspaceId, async () => {
    const [newest] = await listSnapshots(workspaceId);
    if (newest && Math.abs(Date.parse(now) - Date.parse(newest.takenAt)) < SNAPSHOT_EVERY_MS) {
      return null;
    }
    const record = await takeSnapshot(workspaceId, db, 'scheduled', now);
    await pruneSnapshots(workspaceId, now);
    return record;
  });
}

/**
 * Replaces the workspace's data with the backup, after a 'before-restore' snapshot of what is
 * there now, so the replacement can itself be undone from the snapshot list.
 */
export async function restoreOverCurrent(
  workspaceId: string,
  db: WorkspaceDb,
  parsed: ParsedBackup,
  now: string,
  source: RestoreSource = 'restore',
): Promise<SnapshotRecord> {
  const before = await takeSnapshot(workspaceId, db, 'before-restore', now);
  await restoreIntoDb(db, parsed, source);
  await pruneSnapshots(workspaceId, now);
  return before;
}

/** A snapshot is read back as strictly as a file: the browser's copy may be damaged too. */
export async function restoreSnapshot(
  workspaceId: string,
  db: WorkspaceDb,
  snapshotId: string,
  now: string,
  source: RestoreSource = 'restore',
): Promise<SnapshotRecord> {
  const store = snapshotsDb();
  const [record, body] = await Promise.all([
    store.snapshots.get(snapshotId),
    store.bodies.get(snapshotId),
  ]);
  if (!record || !body || record.workspaceId !== workspaceId) {
    throw new Error('That snapshot no longer exists. Reload to see the current list.');
  }
  const parsed = parseBackup(body.json, { currentVersion: CURRENT_SCHEMA_VERSION });
  if (!parsed.ok) throw new Error(`This snapshot cannot be restored: ${parsed.error}`);
  return restoreOverCurrent(workspaceId, db, parsed, now, source);
}
