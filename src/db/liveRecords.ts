/**
 * A whole table in memory, in a given order, kept current from the change log (changeLog.ts)
 * instead of by reading the table again after every write.
 *
 * A live query over `toArray()` reads and clones every record after each write: at 50,000
 * accounts one cohort edit cost about 120 ms of reading and cloning, in one task. Here a write
 * costs a read of the log rows after the last one seen and of the records they name; the list
 * is patched, and every record not written keeps its object, so readers can cache what they
 * derive from one (a sort key, a normalised name) by identity.
 *
 * Every write through Dexie, in any tab, logs its keys; so do remote (team sync) writes and the
 * pagehide rescue of notes. The log keeps 30 days of rows (changeCompaction.ts), far longer than
 * a page stays open without its live query running.
 */
import { liveQuery } from 'dexie';
import { lastChangeSeq } from './changeQueries';
import type { WorkspaceDb } from './schema';

/** Past this many records written at once, sorting them all again is cheaper than patching. */
const PATCH_LIMIT = 256;

/** What is read of the table: Dexie's Table, narrowed to a record type keyed by text ids. */
interface RecordTable<T> {
  name: string;
  toArray(): Promise<T[]>;
  bulkGet(ids: string[]): Promise<(T | undefined)[]>;
}

interface Written {
  lastSeq: number;
  ids: string[];
}

/**
 * Resolves when the page is idle (or after half a second): reading back a whole import's
 * records can wait until the import's own summary is on screen.
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 50);
  });
}

/** The index of `record` in `sorted`, or where it would go: a binary search by `compare`. */
function position<T>(sorted: readonly T[], record: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(sorted[mid] as T, record) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Calls `onRecords` with the table's records sorted by `compare` (which must order any two
 * distinct records, e.g. by id last), then again after each write that touched the table.
 * Returns the function that stops following.
 */
export function subscribeToRecords<T extends { id: string }>(
  db: WorkspaceDb,
  table: RecordTable<T>,
  compare: (a: T, b: T) => number,
  onRecords: (records: readonly T[]) => void,
  onError: (error: unknown) => void,
): () => void {
  /** The newest log row whose records are in the list. */
  let seq = 0;
  /** The newest log row already queued for reading: the live query asks only for later ones. */
  let queued = 0;
  let sorted: T[] = [];
  const byId = new Map<string, T>();
  let stopped = false;
  let unsubscribe = () => {};
  let reading = Promise.resolve();

  const written = async (): Promise<Written> => {
    const rows = await db.changes.where('seq').above(queued).toArray();
    const ids = new Set<string>();
    let lastSeq = queued;
    for (const row of rows) {
      lastSeq = Math.max(lastSeq, row.seq);
      if (row.table === table.name) for (const key of row.keys) ids.add(key);
    }
    return { lastSeq, ids: [...ids] };
  };

  const patch = (ids: readonly string[], records: readonly (T | undefined)[]) => {
    if (ids.length > PATCH_LIMIT) {
      ids.forEach((id, i) => {
        const record = records[i];
        if (record) byId.set(id, record);
        else byId.delete(id);
      });
      sorted = [...byId.values()].sort(compare);
      return;
    }
    const next = sorted.slice();
    ids.forEach((id, i) => {
      const before = byId.get(id);
      const after = records[i];
      if (before && after && compare(before, after) === 0) {
        next[position(next, before, compare)] = after;
      } else {
        if (before) next.splice(position(next, before, compare), 1);
        if (after) next.splice(position(next, after, compare), 0, after);
      }
      if (after) byId.set(id, after);
      else byId.delete(id);
    });
    sorted = next;
  };

  /**
   * Reads the records outside the live query, one batch after another: they are read after
   * their log rows, so they are as new as the rows say or newer, and a record written again
   * meanwhile is simply read again when its own row comes.
   */
  const read = async ({ lastSeq, ids }: Written) => {
    if (ids.length > PATCH_LIMIT) await whenIdle();
    const records = ids.length ? await table.bulkGet(ids) : [];
    if (stopped || lastSeq <= seq) return;
    seq = lastSeq;
    if (ids.length === 0) return;
    patch(ids, records);
    onRecords(sorted);
  };

  const queue = (batch: Written) => {
    if (batch.lastSeq <= queued) return;
    queued = batch.lastSeq;
    reading = reading.then(() => read(batch)).catch(onError);
  };

  db.transaction('r', [table.name, db.changes.name], async () => {
    const lastSeq = await lastChangeSeq(db);
    return { lastSeq, all: await table.toArray() };
  }).then(
    ({ lastSeq, all }) => {
      if (stopped) return;
      seq = lastSeq;
      queued = lastSeq;
      sorted = all.sort(compare);
      for (const record of sorted) byId.set(record.id, record);
      onRecords(sorted);
      const subscription = liveQuery(written).subscribe({ next: queue, error: onError });
      unsubscribe = () => subscription.unsubscribe();
    },
    (error: unknown) => {
      if (!stopped) onError(error);
    },
  );

  return () => {
    stopped = true;
    unsubscribe();
  };
}
