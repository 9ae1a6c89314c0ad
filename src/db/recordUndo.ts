/**
 * Undo of one record's write that never goes over a later edit. A write remembers the change
 * log's position right after it (read in the same transaction, so no other tab's edit can slip
 * in between); its Undo asks the log whether the record was written since, by anyone, and
 * leaves it alone when it was. Undo writes are logged as source 'undo'.
 */
import type { InsertType, Table } from 'dexie';
import { setChangeSource } from './changeLog';
import { keysEditedAfter, lastChangeSeq } from './changeQueries';
import type { WorkspaceDb } from './schema';

/** A table keyed by a string `id`. */
export type Store<T extends { id: string }> = Table<T, string, InsertType<T, 'id'>>;

export interface Marked<R> {
  result: R;
  /** The change log's position right after the write: what its Undo compares against. */
  seq: number;
}

/** Runs `write` in one transaction over `tables` and reads the log's position after it. */
export function writeMarked<R>(
  db: WorkspaceDb,
  tables: readonly Table[],
  write: () => Promise<R>,
): Promise<Marked<R>> {
  return db.transaction('rw', [...tables, db.changes], async () => {
    const result = await write();
    return { result, seq: await lastChangeSeq(db) };
  });
}

/** Whether an Undo changed the record, or kept it because someone wrote it since. */
export type UndoneOrKept = 'undone' | 'kept';

async function undoWrite<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  id: string,
  seq: number | null,
  revert: (current: T | undefined) => Promise<UndoneOrKept>,
): Promise<UndoneOrKept> {
  return db.transaction('rw', table, db.changes, async (tx) => {
    setChangeSource(tx, 'undo');
    if (seq !== null && (await keysEditedAfter(db, table.name, [id], seq)).has(id)) return 'kept';
    return revert(await table.get(id));
  });
}

/** Undo of an edit: puts `before` back. A record deleted since stays deleted. */
export function revertEdit<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  before: T,
  seq: number,
): Promise<UndoneOrKept> {
  return undoWrite(db, table, before.id, seq, async (current) => {
    if (!current) return 'kept';
    await table.put(before);
    return 'undone';
  });
}

/** Undo of a create: deletes the record, unless it was edited since. */
export function removeCreated<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  id: string,
  seq: number,
): Promise<UndoneOrKept> {
  return undoWrite(db, table, id, seq, async (current) => {
    if (current) await table.delete(id);
    return 'undone';
  });
}

/** Undo of a delete: puts the record back, unless a record with its id exists again. */
export function restoreDeleted<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  record: T,
): Promise<UndoneOrKept> {
  return undoWrite(db, table, record.id, null, async (current) => {
    if (current) return 'kept';
    await table.put(record);
    return 'undone';
  });
}
