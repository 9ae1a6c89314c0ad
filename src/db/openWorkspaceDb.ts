import { WorkspaceDb } from './schema';
import { closeOnVersionChange } from './versionChange';

const open = new Map<string, WorkspaceDb>();

/**
 * One Dexie instance per workspace database for the page's lifetime: switching back and forth
 * reuses it, so live queries never hit a closed connection.
 */
export function openWorkspaceDb(dbName: string): WorkspaceDb {
  let db = open.get(dbName);
  if (!db) {
    db = new WorkspaceDb(dbName);
    closeOnVersionChange(db);
    open.set(dbName, db);
  }
  return db;
}

/** Must run before the database is deleted, or the deletion waits on our own connection. */
export function closeWorkspaceDb(dbName: string): void {
  open.get(dbName)?.close();
  open.delete(dbName);
}
