import { useSnapshotSchedule } from './useSnapshotSchedule';

/** Mounted once in the app shell, so snapshots are taken whichever page is open. */
export function SnapshotScheduler() {
  useSnapshotSchedule();
  return null;
}
