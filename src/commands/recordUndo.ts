/**
 * The Undo of a command that wrote one record: it puts back what was there, unless someone
 * edited the record since (in this tab or another), and then says it kept that edit. Every
 * command that writes one record marks its write with markedWrite and undoes it with these.
 */
import type { Table } from 'dexie';
import { withSource } from '../db/changeLog';
import { keysEditedAfter, lastChangeSeq } from '../db/changeQueries';
import type { Store } from '../db/recordUndo';
import type { WorkspaceDb } from '../db/schema';
import type { UndoReport } from './outcome';

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
 * Runs `revert` over `tables` (logged as 'undo') unless the record `key` of `table` was edited
 * after `seq`, in which case the edit is kept. Resolves to whether it was kept.
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

/** The Undo of an edit: puts `before` back unless edited since. A record deleted since stays so. */
export function putBackUnlessEdited<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  before: T,
  seq: number,
): Promise<boolean> {
  return revertUnlessEdited(db, [table], table.name, before.id, seq, async () => {
    if (await table.get(before.id)) await table.put(before);
  });
}

/** The Undo of a create: deletes the record unless it was written after `seq`. */
export function deleteUnlessEdited<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  id: string,
  seq: number,
): Promise<boolean> {
  return revertUnlessEdited(db, [table], table.name, id, seq, () => table.delete(id));
}

/** The Undo of a save: a record it created goes again, one it changed gets `before` back. */
export function undoSave<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  saved: T,
  before: T | undefined,
  seq: number,
): Promise<boolean> {
  return before
    ? putBackUnlessEdited(db, table, before, seq)
    : deleteUnlessEdited(db, table, saved.id, seq);
}

/** "The finding was edited since, so it was kept as edited." */
export const editedSince = (what: string) =>
  `The ${what} was edited since, so it was kept as edited.`;

/**
 * The report of an Undo: `done` when it reverted, why not when it kept the record (`kept` is
 * whether it did, or how many records of the operation it kept).
 */
export function undoReport(kept: boolean | number, done: string, what: string): UndoReport {
  const count = typeof kept === 'number' ? kept : Number(kept);
  return count > 0 ? { message: editedSince(what), kept: count } : { message: done, kept: 0 };
}

/** The report of the Undo of a delete, from restoreDeleted's answer (whether it kept a record). */
export function restoreReport(kept: boolean, done: string, what: string): UndoReport {
  return kept
    ? { message: `The ${what} exists again, so it was kept as it is.`, kept: 1 }
    : { message: done, kept: 0 };
}

/**
 * A create as one marked write, with the Undo that takes the record out again unless it was
 * written since (`done` says it went, `what` names it otherwise).
 */
export async function undoableCreate<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  create: () => Promise<T>,
  done: string,
  what: string,
): Promise<{ result: T; undo: () => Promise<UndoReport> }> {
  const { result, seq } = await markedWrite(db, [table], create);
  return {
    result,
    undo: async () => undoReport(await deleteUnlessEdited(db, table, result.id, seq), done, what),
  };
}

/**
 * An edit of record `id` as one marked write, with the Undo that puts it back as it was unless
 * it was written since.
 */
export async function undoableEdit<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  id: string,
  edit: () => Promise<T>,
  done: string,
  what: string,
): Promise<{ result: T; undo: (() => Promise<UndoReport>) | undefined }> {
  const { result, seq } = await markedWrite(db, [table], async () => ({
    before: await table.get(id),
    after: await edit(),
  }));
  const { before, after } = result;
  return {
    result: after,
    undo: before
      ? async () => undoReport(await putBackUnlessEdited(db, table, before, seq), done, what)
      : undefined,
  };
}
