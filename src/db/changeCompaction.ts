/**
 * Keeps the change log (changeLog.ts) from growing without end. The rule, per row:
 * - a row newer than `olderThan`, or after `keepAfterSeq` (what a reader such as team sync has
 *   not consumed yet), stays;
 * - an older 'put' row goes: the record itself holds what it says;
 * - an older 'delete' row stays while it is its record's newest row, since it is then the only
 *   trace that the record existed (its tombstone); once the key is written again it goes.
 * So a tombstone outlives any retention period, at one small row per deleted record.
 */
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

/** Drops the rows the rule above lets go, in one transaction; returns how many. */
export async function compactChanges(
  db: WorkspaceDb,
  { olderThan, keepAfterSeq = Number.POSITIVE_INFINITY }: CompactOptions,
): Promise<number> {
  return db.transaction('rw', db.changes, async () => {
    const old = await db.changes
      .where('at')
      .below(olderThan)
      .filter((row) => row.seq <= keepAfterSeq)
      .toArray();
    const records = new Map<string, { table: string; key: string }>();
    for (const row of old) {
      if (row.op === 'delete') records.set(JSON.stringify([row.table, row.key]), row);
    }
    // Within one [table+key] the index orders rows by seq, so the last is the record's newest.
    const newest = new Map(
      await Promise.all(
        [...records].map(async ([id, { table, key }]) => {
          const last = await db.changes.where('[table+key]').equals([table, key]).last();
          return [id, last?.seq] as const;
        }),
      ),
    );
    const doomed = old
      .filter(
        (row) => row.op === 'put' || newest.get(JSON.stringify([row.table, row.key])) !== row.seq,
      )
      .map((row) => row.seq);
    await db.changes.bulkDelete(doomed);
    return doomed.length;
  });
}

/**
 * Compacts at most once a day (or after the clock moved back), keeping CHANGE_RETENTION_DAYS.
 * Returns how many rows went, or null when it was not due.
 */
export async function compactChangesIfDue(db: WorkspaceDb, now: string): Promise<number | null> {
  const last = await getSetting(db, COMPACTED_AT_KEY);
  const nowMs = Date.parse(now);
  if (typeof last === 'string' && Math.abs(nowMs - Date.parse(last)) < DAY_MS) return null;
  const olderThan = new Date(nowMs - CHANGE_RETENTION_DAYS * DAY_MS).toISOString();
  const dropped = await compactChanges(db, { olderThan });
  await putSetting(db, COMPACTED_AT_KEY, now, now);
  return dropped;
}
