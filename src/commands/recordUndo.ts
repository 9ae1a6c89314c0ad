/**
 * The Undo of a command that wrote one record: it puts back what was there, unless someone
 * edited the record since (in this tab or another), and then says it kept that edit.
 */
import type { InsertType, Table } from 'dexie';
import { withSource } from '../db/changeLog';
import { keysEditedAfter, lastChangeSeq } from '../db/changeQueries';
import type { WorkspaceDb } from '../db/schema';
import type { UndoReport } from './outcome';

type Store<T extends { id: string }> = Table<T, string, InsertType<T, 'id'>>;

/**
 * Runs `write` and reads where the change log stands after it, in one transaction: no write of
 * another tab can slip between the two and be taken for part of this one by the Undo.
 */
export function writeMarked<T>(
  db: WorkspaceDb,
  tables: readonly Table[],
  write: () => Promise<T>,
): Promise<{ value: T; seq: number }> {
  return db.transaction('rw', [...tables, db.changes], async () => {
    const value = await write();
    return { value, seq: await lastChangeSeq(db) };
  });
}

/**
 * Reverts one record with `revert`, logged as an Undo, unless it was edited after `seq`; resolves
 * to the number of records kept as edited (0 or 1).
 */
export function revertUnlessEdited<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  id: string,
  seq: number,
  revert: () => Promise<unknown>,
): Promise<number> {
  return withSource(db, 'undo', [table, db.changes], async () => {
    const edited = await keysEditedAfter(db, table.name, [id], seq);
    if (edited.has(id)) return 1;
    await revert();
    return 0;
  });
}

/**
 * Puts a deleted record back with `restore`, logged as an Undo, unless a record with its id
 * exists again (put back in another tab, say): that one is kept. Resolves to the number kept (0 or 1).
 */
export function restoreUnlessBack<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  id: string,
  restore: () => Promise<void>,
): Promise<number> {
  return withSource(db, 'undo', [table], async () => {
    if (await table.get(id)) return 1;
    await restore();
    return 0;
  });
}

/** "Deal “Renewal” is back." or, when kept, why nothing changed. */
export function undoReport(kept: number, done: string, what: string): UndoReport {
  return {
    message: kept === 0 ? done : `The ${what} was edited since, so it was kept as edited.`,
    kept,
  };
}

/** The Undo report of a delete, from restoreUnlessBack's count. */
export function restoreReport(kept: number, done: string, what: string): UndoReport {
  return {
    message: kept === 0 ? done : `The ${what} exists again, so it was kept as it is.`,
    kept,
  };
}

/**
 * The Undo of a save: a record it created goes again, one it changed gets `before` back; either
 * only when nobody edited it after `seq`. Resolves to the number kept as edited (0 or 1).
 */
export function undoSave<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  saved: T,
  before: T | undefined,
  seq: number,
): Promise<number> {
  return revertUnlessEdited(db, table, saved.id, seq, () =>
    before ? table.put(before) : table.delete(saved.id),
  );
}
