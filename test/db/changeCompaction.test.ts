import { describe, expect, it } from 'vitest';
import {
  CHANGE_RETENTION_DAYS,
  compactChanges,
  compactChangesIfDue,
} from '../../src/db/changeCompaction';
import { WorkspaceDb } from '../../src/db/schema';
import { putDeviceSetting } from '../../src/db/settingsRepo';
import type { Change } from '../../src/domain/schemas/change';
import { freshDb } from './freshDb';

const DAY = 86_400_000;
const NOW = '2026-03-31T12:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();

/**
 * Rows written straight to the log (writes to `changes` are not logged themselves), each naming
 * one key or, given several joined by commas, the keys of one write request.
 */
async function logOf(
  db: WorkspaceDb,
  rows: [string, Change['op'], number, table?: string][],
): Promise<void> {
  await db.changes.bulkAdd(
    rows.map(([keys, op, age, table = 'accounts']) => ({
      table,
      keys: keys.split(','),
      op,
      source: 'local' as const,
      actor: 'me',
      at: daysAgo(age),
    })),
  );
}

const left = async (db: WorkspaceDb) =>
  (await db.changes.orderBy('seq').toArray()).map((r) => `${r.seq} ${r.keys.join(',')} ${r.op}`);

describe('compacting the change log', () => {
  it('drops old rows but keeps each deleted record’s newest row, its tombstone', async () => {
    const db = freshDb();
    await logOf(db, [
      ['kept', 'put', 90], // 1: old put of a record that still exists: goes
      ['gone', 'put', 90], // 2: goes
      ['gone', 'delete', 80], // 3: the tombstone of 'gone': stays, however old
      ['back', 'delete', 80], // 4: deleted, then written again: goes
      ['back', 'put', 70], // 5: goes
      ['twice', 'delete', 70], // 6: an older delete of the same key: goes
      ['twice', 'delete', 60], // 7: its newest row: stays
      ['fresh', 'delete', 40], // 8: old, and followed by a recent put: goes
      ['fresh', 'put', 1], // 9: recent: stays
      ['kept', 'put', 1], // 10: recent: stays
    ]);
    expect(await compactChanges(db, { olderThan: daysAgo(30) })).toBe(6);
    expect(await left(db)).toEqual([
      '3 gone delete',
      '7 twice delete',
      '9 fresh put',
      '10 kept put',
    ]);
    // Compacting again finds nothing more to drop.
    expect(await compactChanges(db, { olderThan: daysAgo(30) })).toBe(0);
  });

  it('drops a request’s row when none of its records needs it, else keeps it for those that do', async () => {
    const db = freshDb();
    await logOf(db, [
      ['a,b', 'put', 90], // 1: goes
      ['a,b', 'delete', 80], // 2: 'a' needs it, 'b' is written again below: stays, for 'a'
      ['b', 'put', 70], // 3: goes
      ['c,d', 'delete', 80], // 4: both written again since: goes
      ['c', 'put', 70], // 5: goes
      ['d', 'delete', 60], // 6: the tombstone of 'd': stays
      ['e', 'delete', 50], // 7: 'e' in accounts is written again in row 9: goes
      ['e', 'delete', 50, 'deals'], // 8: the deal 'e' is another record: its tombstone stays
      ['e,f', 'put', 40], // 9: goes
      ['g', 'delete', 40], // 10: written again since, if recently: goes
      ['g', 'put', 1], // 11: recent: stays
    ]);
    expect(await compactChanges(db, { olderThan: daysAgo(30) })).toBe(7);
    // Row 3 went, so a row 2 still naming 'b' would read as the tombstone of a record that exists.
    expect(await left(db)).toEqual(['2 a delete', '6 d delete', '8 e delete', '11 g put']);
    expect(await compactChanges(db, { olderThan: daysAgo(30) })).toBe(0);
    // Once 'a' is written again, nothing needs row 2.
    await logOf(db, [['a', 'put', 0]]);
    expect(await compactChanges(db, { olderThan: daysAgo(30) })).toBe(1);
    expect(await left(db)).toEqual(['6 d delete', '8 e delete', '11 g put', '12 a put']);
  });

  it('keeps every row after keepAfterSeq, however old, for a reader that has not read them', async () => {
    const db = freshDb();
    await logOf(db, [
      ['a', 'put', 90],
      ['a', 'put', 80],
      ['b', 'put', 70],
    ]);
    expect(await compactChanges(db, { olderThan: daysAgo(30), keepAfterSeq: 1 })).toBe(1);
    expect(await left(db)).toEqual(['2 a put', '3 b put']);
  });

  it('keeps the rows team sync has not pushed yet', async () => {
    const db = freshDb();
    await logOf(db, [
      ['a', 'put', 90],
      ['b', 'put', 80],
    ]);
    await putDeviceSetting(db, 'sync.pushedSeq', 1);
    expect(await compactChangesIfDue(db, NOW)).toBe(1);
    expect(await left(db)).toEqual(['2 b put']);
  });

  it('keeps the rows either shared document has not had yet (the review doc behind)', async () => {
    const db = freshDb();
    await logOf(db, [
      ['a', 'put', 90],
      ['b', 'put', 80],
      ['c', 'put', 70],
    ]);
    await putDeviceSetting(db, 'sync.pushedSeq', 3);
    await putDeviceSetting(db, 'sync.review.pushedSeq', 1);
    expect(await compactChangesIfDue(db, NOW)).toBe(1);
    expect(await left(db)).toEqual(['2 b put', '3 c put']);
  });

  it('runs on schedule at most once a day, keeping the retention period', async () => {
    const db = freshDb();
    await logOf(db, [
      ['a', 'put', CHANGE_RETENTION_DAYS + 1],
      ['b', 'put', CHANGE_RETENTION_DAYS - 1],
    ]);
    expect(await compactChangesIfDue(db, NOW)).toBe(1);
    expect(await left(db)).toEqual(['2 b put']);
    const soon = new Date(Date.parse(NOW) + DAY - 1).toISOString();
    expect(await compactChangesIfDue(db, soon)).toBeNull();
    const nextDay = new Date(Date.parse(NOW) + 2 * DAY).toISOString();
    expect(await compactChangesIfDue(db, nextDay)).toBe(1);
    // The schedule is this device's state: neither logged nor in `settings`.
    expect(await db.changes.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });
});
