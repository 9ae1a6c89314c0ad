const DAY_MS = 86_400_000;

/**
 * True when no file backup has been downloaded within `days`: browsers may clear site data, and
 * local snapshots live in the same browser, so only a file elsewhere survives that.
 */
export function backupReminderDue(lastDownloadAt: string | null, now: string, days = 7): boolean {
  if (lastDownloadAt === null) return true;
  const last = Date.parse(lastDownloadAt);
  if (Number.isNaN(last)) return true;
  return Date.parse(now) - last >= days * DAY_MS;
}
