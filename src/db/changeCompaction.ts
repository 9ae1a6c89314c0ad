/**
 * Keeps the change log (changeLog.ts) from growing without end. The rule, per record a row
 * names:
 * - a row newer than `olderThan`, or after `keepAfterSeq` (what a reader such as team sync has
 *   not consumed yet), stays;
 * - an older 'put' goes: the record itself holds what it says;
 * - an older 'delete' is needed while it is its record's newest row, since it is then the only
 *   trace that the record existed (its tombstone); once the key is written again it is not.
 * A row names every record of one write request, so an older delete row goes only when none of
 * its records needs it as a tombstone. One that stays for some of its records keeps only those:
 * left whole, it would name a record written again since, and once that later write's row went
 * too, a reader would take the stale delete for the record's tombstone. So a tombstone outlives
 * any retention period, and every old delete left in the log is its record's newest row.
 */
import type { ChangeRow } from '../domain/schemas/change';
import { getSetting, putSetting } from './settingsRepo';
import type { WorkspaceDb } from './schema';

const DAY_MS = 86_400_000;
/** How long rows are kept whole; a scheduled run drops what is older. */
export const CHANGE_RETENTION_DAYS = 30;
/** Device-scope setting (tables.ts): each browser compacts its own copy of the log. */
export const COMPACTED_AT_KEY = 'changes.compactedAt';

export interface CompactOptions {
  /** ISO time: rows logged before it may go. */
  olderThan: string;
  /** Rows with a higher seq stay whatever their age. */
  keepAfterSeq?: number;
}

/**
 * Drops the rows the rule above lets go and trims the old delete rows to the records they are the
 * tombstones of, in one transaction; returns how many rows went.
 */
export async function compactChanges(
  db: WorkspaceDb,
  { olderThan, keepAfterSeq = Number.POSITIVE_INFINITY }: CompactOptions,
): Promise<number> {
  return db.transaction('rw', db.changes, async () => {
    // Filtered here rather than with Dexie's filter(), which walks a cursor, one request a row.
    const old = (await db.changes.where('at').below(olderThan).toArray()).filter(
      (row) => row.seq <= keepAfterSeq,
    );
    const deletes = old.filter((row) => row.op === 'delete');
    // Whether a delete is still its record's newest row: read every row after the oldest such
    // delete, in seq order, and keep each record's newest seq: one scan over few, grouped rows,
    // rather than one request per deleted record (10,000 for an undone import).
    const newest = new Map<string, number>();
    if (deletes.length > 0) {
      const first = deletes.reduce((min, row) => Math.min(min, row.seq), Number.POSITIVE_INFINITY);
      const after = await db.changes.where('seq').aboveOrEqual(first).toArray();
      for (const row of after) {
        for (const key of row.keys) newest.set(recordId(row.table, key), row.seq);
      }
    }
    const doomed: number[] = [];
    const trimmed: ChangeRow[] = [];
    for (const row of old) {
      const needed =
        row.op === 'put'
          ? []
          : [...new Set(row.keys)].filter(
              (key) => newest.get(recordId(row.table, key)) === row.seq,
            );
      if (needed.length === 0) doomed.push(row.seq);
      else if (needed.length < new Set(row.keys).size) trimmed.push({ ...row, keys: needed });
    }
    await db.changes.bulkDelete(doomed);
    await db.changes.bulkPut(trimmed);
    return doomed.length;
  });
}

/** Keys are unique within a table only; the NUL cannot occur in a table's name. */
function recordId(table: string, key: string): string {
  return `${table}\u0000${key}`;
}

/**
 * Compacts at most once a day (or after the clock moved back), keeping CHANGE_RETENTION_DAYS.
 * Returns how many rows went, or null when it was not due.
 */
/** The literals, as tables.ts lists them: src/db does not import src/sync. */
const SYNC_PUSHED_SEQ_KEYS = ['sync.pushedSeq', 'sync.review.pushedSeq'];

export async function compactChangesIfDue(db: WorkspaceDb, now: string): Promise<number | null> {
  const last = await getSetting(db, COMPACTED_AT_KEY);
  const nowMs = Date.parse(now);
  if (typeof last === 'string' && Math.abs(nowMs - Date.parse(last)) < DAY_MS) return null;
  const olderThan = new Date(nowMs - CHANGE_RETENTION_DAYS * DAY_MS).toISOString();
  // Team sync (src/sync) has not pushed the rows after this yet; a workspace never shared has none.
  // Each shared document has its own position; the log is kept after the one furthest behind.
  const pushed = (await Promise.all(SYNC_PUSHED_SEQ_KEYS.map((key) => getSetting(db, key)))).filter(
    (seq): seq is number => typeof seq === 'number',
  );
  const keepAfterSeq = pushed.length > 0 ? Math.min(...pushed) : undefined;
  const dropped = await compactChanges(db, { olderThan, keepAfterSeq });
  await putSetting(db, COMPACTED_AT_KEY, now, now);
  return dropped;
}
