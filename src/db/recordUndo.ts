import type { InsertType, Table } from 'dexie';
import { withSource } from './changeLog';
import type { WorkspaceDb } from './schema';

/** A table keyed by a string `id`. */
export type Store<T extends { id: string }> = Table<T, string, InsertType<T, 'id'>>;

/**
 * The Undo of a delete: puts the record back as it was, logged as 'undo', unless a record with
 * its id exists again (written since, in this tab or another), which is kept. Returns whether it
 * was kept.
 */
export function restoreDeleted<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  record: T,
): Promise<boolean> {
  return withSource(db, 'undo', [table], async () => {
    if (await table.get(record.id)) return true;
    await table.put(record);
    return false;
  });
}
