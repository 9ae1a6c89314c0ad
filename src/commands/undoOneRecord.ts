import type { Store } from '../db/recordUndo';
import type { WorkspaceDb } from '../db/schema';
import { revertUnlessEdited } from './markedWrite';
import type { UndoReport } from './outcome';

/**
 * The Undo of an edit of one record: puts `before` back unless the record was written after
 * `seq`. A record deleted since stays deleted. Returns whether the record was kept as it is.
 */
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

/** "The finding was edited since, so it was kept as edited." */
export const editedSince = (what: string) =>
  `The ${what} was edited since, so it was kept as edited.`;

/** The report of an Undo of one record: `done` when it reverted, `keptText` when it kept it. */
export function undoReport(kept: boolean, done: string, keptText: string): UndoReport {
  return kept ? { message: keptText, kept: 1 } : { message: done, kept: 0 };
}
