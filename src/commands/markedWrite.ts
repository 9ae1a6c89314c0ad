import type { Table } from 'dexie';
import { withSource } from '../db/changeLog';
import { keysEditedAfter, lastChangeSeq } from '../db/changeQueries';
import type { WorkspaceDb } from '../db/schema';

/** What a write did, and where the change log stood right after it: the mark its Undo reads. */
export interface Marked<T> {
  result: T;
  seq: number;
}

/**
 * Runs `write` in one read-write transaction over `tables` and the change log, and notes the
 * log's position after it in that same transaction, so no write from another tab can fall
 * between the write and its mark.
 */
export function markedWrite<T>(
  db: WorkspaceDb,
  tables: readonly Table[],
  write: () => Promise<T>,
): Promise<Marked<T>> {
  return db.transaction('rw', [...tables, db.changes], async () => {
    const result = await write();
    return { result, seq: await lastChangeSeq(db) };
  });
}

/**
 * The Undo of a one-record write: runs `revert` (logged as 'undo') unless the record `key` of
 * `table` was edited after `seq`, in which case the edit is kept. Returns whether it was kept.
 */
export function revertUnlessEdited(
  db: WorkspaceDb,
  tables: readonly Table[],
  table: string,
  key: string,
  seq: number,
  revert: () => Promise<unknown>,
): Promise<boolean> {
  return withSource(db, 'undo', [...tables, db.changes], async () => {
    const edited = await keysEditedAfter(db, table, [key], seq);
    if (edited.size > 0) return true;
    await revert();
    return false;
  });
}
