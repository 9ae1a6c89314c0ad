/**
 * Questions asked of the change log (changeLog.ts): where it stands, what was written after a
 * given point (one entry per record, the shape per-record readers such as sync want), and which
 * of some records were edited after a point. An Undo asks the last so it never reverts over a
 * later edit.
 */
import type { Change, ChangeSource } from '../domain/schemas/change';
import type { WorkspaceDb } from './schema';

/**
 * Writes that are someone's edit. An import is refused while a later import touched the same
 * records, so a later 'import' row was followed by that import's Undo; an 'undo' puts back a
 * state that was there before, so neither leaves an edit to keep.
 */
const EDITS: ReadonlySet<ChangeSource> = new Set(['local', 'remote', 'restore']);

/** The newest row's seq, 0 for an empty log. In a transaction, it counts its own writes. */
export async function lastChangeSeq(db: WorkspaceDb): Promise<number> {
  // The key alone: the newest row may be an import's, naming hundreds of records.
  const last = await db.changes.orderBy('seq').lastKey();
  return typeof last === 'number' ? last : 0;
}

/**
 * Every record written after `afterSeq`, in the order written: a stored row names all the
 * records of one write request, and each becomes one entry with that row's seq.
 */
export async function changesSince(db: WorkspaceDb, afterSeq: number): Promise<Change[]> {
  const rows = await db.changes.where('seq').above(afterSeq).toArray();
  return rows.flatMap(({ keys, ...row }) => keys.map((key) => ({ ...row, key })));
}

/**
 * Of `keys` in `table`, those edited after `afterSeq`, by anyone, in any tab.
 *
 * A scan of the rows after `afterSeq` (one getAll over the primary key): the rows written since
 * an import are usually few (each names a whole write request), and the scan reads them in one.
 */
export async function keysEditedAfter(
  db: WorkspaceDb,
  table: string,
  keys: readonly string[],
  afterSeq: number,
): Promise<Set<string>> {
  const wanted = new Set(keys);
  const changed = new Set<string>();
  if (wanted.size === 0) return changed;
  const rows = await db.changes.where('seq').above(afterSeq).toArray();
  for (const row of rows) {
    if (row.table !== table || !EDITS.has(row.source)) continue;
    for (const key of row.keys) if (wanted.has(key)) changed.add(key);
  }
  return changed;
}
