import Dexie, { type EntityTable } from 'dexie';
import type { BackupCounts } from '../domain/backupFormat';
import { explainQuotaErrors } from './storageErrors';

export type SnapshotReason = 'scheduled' | 'before-restore';

/** What the snapshot list shows; the backup itself is in `bodies` so listing stays cheap. */
export interface SnapshotRecord {
  id: string;
  workspaceId: string;
  takenAt: string;
  reason: SnapshotReason;
  counts: BackupCounts;
}

/** The workspace as a backup file's text, exactly as Download backup would save it. */
export interface SnapshotBody {
  id: string;
  json: string;
}

export const SNAPSHOTS_DB_NAME = 'tourbook-snapshots';

/**
 * Local snapshots live outside the workspace databases, so replacing or clearing a workspace
 * never takes its own safety copies with it.
 */
export class SnapshotsDb extends Dexie {
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  bodies!: EntityTable<SnapshotBody, 'id'>;

  constructor(name = SNAPSHOTS_DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ snapshots: 'id, [workspaceId+takenAt]', bodies: 'id' });
    // Snapshots are whole workspaces, so they are the likeliest writes to fill the disk.
    explainQuotaErrors(this);
  }
}

let shared: SnapshotsDb | null = null;

/** One connection for the page's lifetime, opened on first use. */
export function snapshotsDb(): SnapshotsDb {
  shared ??= new SnapshotsDb();
  return shared;
}
