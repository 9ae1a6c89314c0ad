import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupReminderDue } from '../../src/domain/backupReminder';
import {
  KEEP_DAYS,
  KEEP_TODAY,
  snapshotsToKeep,
  type SnapshotStamp,
} from '../../src/domain/snapshotRetention';

const NOW = '2026-03-31T15:00:00.000Z';
const at = (id: string, takenAt: string): SnapshotStamp => ({ id, takenAt });

describe('snapshotsToKeep', () => {
  it('keeps the last 3 of today and the newest of each of the 7 days before', () => {
    const snapshots = [
      at('today-09', '2026-03-31T09:00:00.000Z'),
      at('today-10', '2026-03-31T10:00:00.000Z'),
      at('today-00', '2026-03-31T00:00:00.000Z'),
      at('today-14', '2026-03-31T14:00:00.000Z'),
      at('today-11', '2026-03-31T11:00:00.000Z'),
      at('d1-late', '2026-03-30T23:59:59.999Z'),
      at('d1-early', '2026-03-30T08:00:00.000Z'),
      at('d2', '2026-03-29T12:00:00.000Z'),
      at('d3-a', '2026-03-28T10:00:00.000Z'),
      at('d3-b', '2026-03-28T11:00:00.000Z'),
      at('d7', '2026-03-24T01:00:00.000Z'),
      at('d8', '2026-03-23T23:00:00.000Z'),
      at('old', '2026-01-01T00:00:00.000Z'),
    ];
    expect(snapshotsToKeep(snapshots, NOW)).toEqual([
      'today-14',
      'today-11',
      'today-10',
      'd1-late',
      'd2',
      'd3-b',
      'd7',
    ]);
  });

  it('uses UTC calendar days, whatever the offset in the stamp', () => {
    // 01:30 on the 31st at +02:00 is 23:30 UTC on the 30th: yesterday, not today.
    const snapshots = [at('a', '2026-03-31T01:30:00+02:00'), at('b', '2026-03-31T12:00:00.000Z')];
    expect(snapshotsToKeep(snapshots, NOW)).toEqual(['b', 'a']);
    expect(
      snapshotsToKeep(
        [at('a', '2026-03-31T01:30:00+02:00'), at('c', '2026-03-30T05:00:00.000Z')],
        NOW,
      ),
    ).toEqual(['a']);
  });

  it('keeps the newest even when it is older than the window', () => {
    const snapshots = [
      at('older', '2026-02-01T00:00:00.000Z'),
      at('newest', '2026-02-10T00:00:00.000Z'),
    ];
    expect(snapshotsToKeep(snapshots, NOW)).toEqual(['newest']);
  });

  it('treats a snapshot dated ahead of the clock as today', () => {
    const snapshots = [
      at('future', '2026-04-02T00:00:00.000Z'),
      at('t1', '2026-03-31T01:00:00.000Z'),
      at('t2', '2026-03-31T02:00:00.000Z'),
      at('t3', '2026-03-31T03:00:00.000Z'),
    ];
    expect(snapshotsToKeep(snapshots, NOW)).toEqual(['future', 't3', 't2']);
  });

  it('drops snapshots with unreadable dates', () => {
    expect(snapshotsToKeep([at('bad', 'not a date'), at('ok', NOW)], NOW)).toEqual(['ok']);
    expect(snapshotsToKeep([], NOW)).toEqual([]);
  });

  const stamps = fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      takenAt: fc
        .date({
          min: new Date('2026-03-01T00:00:00.000Z'),
          max: new Date('2026-04-02T00:00:00.000Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString()),
    }),
    { selector: (s) => s.id, maxLength: 60 },
  );
  const instant = fc
    .date({
      min: new Date('2026-03-01T00:00:00.000Z'),
      max: new Date('2026-04-10T00:00:00.000Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString());

  it('never keeps more than 3 + 7, always keeps the newest, and keeps only given ids', () => {
    fc.assert(
      fc.property(stamps, instant, (snapshots, now) => {
        const keep = snapshotsToKeep(snapshots, now);
        expect(keep.length).toBeLessThanOrEqual(KEEP_TODAY + KEEP_DAYS);
        expect(new Set(keep).size).toBe(keep.length);
        const ids = new Set(snapshots.map((s) => s.id));
        expect(keep.every((id) => ids.has(id))).toBe(true);
        if (snapshots.length > 0) {
          const newest = [...snapshots].sort(
            (a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id),
          )[0];
          expect(keep[0]).toBe(newest?.id);
        }
      }),
    );
  });

  it('is stable: pruning what it kept keeps it all', () => {
    fc.assert(
      fc.property(stamps, instant, (snapshots, now) => {
        const keep = new Set(snapshotsToKeep(snapshots, now));
        const kept = snapshots.filter((s) => keep.has(s.id));
        expect(new Set(snapshotsToKeep(kept, now))).toEqual(keep);
      }),
    );
  });
});

describe('backupReminderDue', () => {
  const WEEKS_AGO = '2026-03-01T09:00:00.000Z';
  const due = (fields: Partial<Parameters<typeof backupReminderDue>[0]>, days?: number) =>
    backupReminderDue(
      { lastDownloadAt: null, createdAt: WEEKS_AGO, editedSinceBackup: true, now: NOW, ...fields },
      days,
    );

  it('is due when a week-old workspace was edited and never backed up', () => {
    expect(due({})).toBe(true);
  });

  it('is due from 7 days after the last download', () => {
    expect(due({ lastDownloadAt: '2026-03-24T15:00:00.001Z' })).toBe(false);
    expect(due({ lastDownloadAt: '2026-03-24T15:00:00.000Z' })).toBe(true);
    expect(due({ lastDownloadAt: '2026-03-30T15:00:00.000Z' }, 1)).toBe(true);
    expect(due({ lastDownloadAt: 'garbage' })).toBe(true);
  });

  it('is not due on a workspace created less than a week ago', () => {
    expect(due({ createdAt: '2026-03-31T14:59:30.000Z' })).toBe(false);
    expect(due({ createdAt: '2026-03-25T15:00:00.000Z' })).toBe(false);
  });

  it('is not due when nothing changed since the last backup', () => {
    expect(due({ editedSinceBackup: false, lastDownloadAt: '2026-02-01T00:00:00.000Z' })).toBe(
      false,
    );
  });
});
