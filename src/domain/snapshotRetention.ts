/**
 * Which local snapshots survive a prune: the last 3 taken on today's calendar day (UTC), the
 * newest of each of the 7 days before it, and always the newest of all, so a workspace left
 * alone for weeks still has the copy it was last seen with.
 */
export interface SnapshotStamp {
  id: string;
  takenAt: string;
}

export const KEEP_TODAY = 3;
export const KEEP_DAYS = 7;

const DAY_MS = 86_400_000;

/** Whole UTC days from `takenAt`'s day to `now`'s; 0 for today and for a clock that ran ahead. */
function daysAgo(takenAt: string, todayStart: number): number {
  const day = Date.parse(`${new Date(takenAt).toISOString().slice(0, 10)}T00:00:00.000Z`);
  return Math.max(0, Math.round((todayStart - day) / DAY_MS));
}

/** The ids to keep, newest first; everything else may be deleted. */
export function snapshotsToKeep(snapshots: readonly SnapshotStamp[], now: string): string[] {
  const todayStart = Date.parse(`${new Date(now).toISOString().slice(0, 10)}T00:00:00.000Z`);
  const valid = snapshots.filter((s) => !Number.isNaN(Date.parse(s.takenAt)));
  const newestFirst = [...valid].sort(
    (a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt) || b.id.localeCompare(a.id),
  );
  const keep: string[] = [];
  let today = 0;
  const daysSeen = new Set<number>();
  newestFirst.forEach((snapshot, index) => {
    const age = daysAgo(snapshot.takenAt, todayStart);
    const todaySlot = age === 0 && today < KEEP_TODAY;
    const daySlot = age >= 1 && age <= KEEP_DAYS && !daysSeen.has(age);
    if (index > 0 && !todaySlot && !daySlot) return;
    keep.push(snapshot.id);
    if (age === 0) today += 1;
    else daysSeen.add(age);
  });
  return keep;
}
