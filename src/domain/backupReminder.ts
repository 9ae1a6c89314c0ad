const DAY_MS = 86_400_000;
export const BACKUP_REMINDER_DAYS = 7;

export interface BackupReminderInput {
  /** The last file backup downloaded, or null. */
  lastDownloadAt: string | null;
  /** When the workspace was created (or restored into this browser). */
  createdAt: string;
  /** Whether anyone changed the workspace's data since the last download (or ever, with none). */
  editedSinceBackup: boolean;
  now: string;
}

const olderThan = (at: string | null, now: string, days: number) => {
  if (at === null) return true;
  const time = Date.parse(at);
  return Number.isNaN(time) || Date.parse(now) - time >= days * DAY_MS;
};

/**
 * True when the workspace has been worked in for a week without a file backup: browsers may
 * clear site data, and local snapshots live in the same browser, so only a file elsewhere
 * survives that. Not on a workspace made days ago, and not when nothing changed since the last
 * file: the reminder should mean there is something to lose.
 */
export function backupReminderDue(
  { lastDownloadAt, createdAt, editedSinceBackup, now }: BackupReminderInput,
  days = BACKUP_REMINDER_DAYS,
): boolean {
  if (!editedSinceBackup) return false;
  if (!olderThan(createdAt, now, days)) return false;
  return olderThan(lastDownloadAt, now, days);
}
