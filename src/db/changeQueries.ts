/**
 * Questions asked of the change log (changeLog.ts): where it stands, and which records were
 * written after a given point. An Undo asks the second so it never reverts over a later edit.
 */
import type { ChangeSource } from '../domain/schemas/change';
import type { WorkspaceDb } from './schema';

/**
 * Writes that are someone's edit. An import is refused while a later import touched the same
 * records, so a later 'import' row was followed by that import's Undo; an 'undo' puts back a
 * state that was there before, so neither leaves an edit to keep.
 */
const EDITS: ReadonlySet<ChangeSource> = new Set(['local', 'remote', 'restore']);

/** The newest row's seq, 0 for an empty log. In a transaction, it counts its own writes. */
export async function lastChangeSeq(db: WorkspaceDb): Promise<number> {
  const last = await db.changes.orderBy('seq').last();
  return last?.seq ?? 0;
}

/** Of `keys` in `table`, those edited after `afterSeq`, by anyone, in any tab. */
export async function keysEditedAfter(
  db: WorkspaceDb,
  table: string,
  keys: readonly string[],
  afterSeq: number,
): Promise<Set<string>> {
  const wanted = new Set(keys);
  const changed = new Set<string>();
  if (wanted.size === 0) return changed;
  await db.changes
    .where('seq')
    .above(afterSeq)
    .each((row) => {
      if (row.table === table && EDITS.has(row.source) && wanted.has(row.key)) {
        changed.add(row.key);
      }
    });
  return changed;
}
