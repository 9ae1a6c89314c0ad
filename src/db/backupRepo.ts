import {
  BACKUP_TABLE_NAMES,
  parseBackup,
  type BackupCounts,
  type ParsedBackup,
} from '../domain/backupFormat';
import type { ChangeSource } from '../domain/schemas/change';
import type { Workspace } from '../domain/schemas/workspace';
import { setChangeSource } from './changeLog';
import type { RegistryDb } from './registryDb';
import { CURRENT_SCHEMA_VERSION, WorkspaceDb } from './schema';
import { DEVICE_TABLES, settingScope, WORKSPACE_TABLES, type WorkspaceTableName } from './tables';
import { createWorkspace, deleteWorkspace } from './workspaceRegistry';

export interface WorkspaceExport {
  blob: Blob;
  counts: BackupCounts;
}

/**
 * The workspace-scope tables (tables.ts) as dexie-export-import JSON, read in one transaction:
 * this device's own state and the change log stay out. Rows are passed through JSON first:
 * exportDB would otherwise encode `undefined` and the like under `$types`, which parseBackup
 * refuses, and a backup we cannot read back is no backup.
 */
export async function exportWorkspace(db: WorkspaceDb): Promise<WorkspaceExport> {
  // Loaded on demand: the exporter and its typeson dependency are not needed for first paint.
  const { exportDB } = await import('dexie-export-import');
  const seen = new Map<string, number>();
  const blob = await exportDB(db, {
    skipTables: [...DEVICE_TABLES],
    transform: (tableName: string, value: unknown) => {
      seen.set(tableName, (seen.get(tableName) ?? 0) + 1);
      return { value: JSON.parse(JSON.stringify(value)) as unknown };
    },
  });
  const counts = Object.fromEntries(
    BACKUP_TABLE_NAMES.map((name) => [name, seen.get(name) ?? 0]),
  ) as BackupCounts;
  return { blob, counts };
}

/** A restore is logged as one, except when it is the Undo of another. */
export type RestoreSource = Extract<ChangeSource, 'restore' | 'undo'>;

export interface CheckedBackup {
  text: string;
  counts: BackupCounts;
}

/**
 * The backup file's text, read back exactly as a restore reads it before anyone is offered it.
 * A file that would not restore is no backup: the user learns it now, with the table, record
 * and field at fault, rather than on the day they need the file.
 */
export async function checkedBackup(db: WorkspaceDb): Promise<CheckedBackup> {
  const { blob, counts } = await exportWorkspace(db);
  const text = await blob.text();
  const readBack = parseBackup(text, { currentVersion: CURRENT_SCHEMA_VERSION });
  if (!readBack.ok) {
    throw new Error(`it would not restore, so no file was made. ${readBack.error}`);
  }
  return { text, counts };
}

/**
 * Replaces every workspace-scope table's rows in one read-write transaction: if any write
 * fails the transaction aborts and the database is exactly as it was. This device's own state
 * (table layout, search index) stays; a backup from before version 4 may still carry another
 * device's in its settings, and those rows are left out. The change log records every row
 * removed and written with source 'restore', or 'undo' when it puts back what a restore replaced.
 */
export async function restoreIntoDb(
  db: WorkspaceDb,
  parsed: ParsedBackup,
  source: RestoreSource = 'restore',
): Promise<void> {
  // Indexing the parsed data by the registry's table list makes the compiler check that the
  // backup format covers every workspace table.
  const rowsOf: Record<WorkspaceTableName, unknown[]> = {
    ...parsed.data,
    settings: parsed.data.settings.filter((row) => settingScope(row.key) === 'workspace'),
  };
  const tables = WORKSPACE_TABLES.map((name) => db.table(name));
  await db.transaction('rw', tables, async (tx) => {
    setChangeSource(tx, source);
    for (const name of WORKSPACE_TABLES) {
      const table = db.table(name);
      await table.clear();
      await table.bulkAdd(rowsOf[name]);
    }
  });
}

/** A new workspace holding the backup; when the restore fails, the half-made workspace goes. */
export async function restoreIntoNewWorkspace(
  registry: RegistryDb,
  name: string,
  parsed: ParsedBackup,
): Promise<Workspace> {
  const workspace = await createWorkspace(registry, name);
  const db = new WorkspaceDb(workspace.dbName);
  try {
    await restoreIntoDb(db, parsed);
  } catch (error) {
    db.close();
    await deleteWorkspace(registry, workspace.id);
    throw new Error(`Could not restore the backup: ${(error as Error).message}`, {
      cause: error,
    });
  }
  db.close();
  return workspace;
}

const lastBackupKey = (workspaceId: string) => `lastBackupAt:${workspaceId}`;

export async function getLastBackupAt(
  registry: RegistryDb,
  workspaceId: string,
): Promise<string | null> {
  return (await registry.prefs.get(lastBackupKey(workspaceId)))?.value ?? null;
}

/**
 * Whether the workspace's data changed since `since` (the last file backup; null for never):
 * a person's edit, an import or a change from another member. A restore or an Undo only puts
 * back what was there, so it is not counted.
 */
export async function editedSince(db: WorkspaceDb, since: string | null): Promise<boolean> {
  const rows = since === null ? db.changes.toCollection() : db.changes.where('at').above(since);
  const edit = await rows
    .filter((row) => row.source === 'local' || row.source === 'import' || row.source === 'remote')
    .first();
  return edit !== undefined;
}

export async function recordBackupDownload(
  registry: RegistryDb,
  workspaceId: string,
  at: string,
): Promise<void> {
  await registry.prefs.put({ key: lastBackupKey(workspaceId), value: at });
}
