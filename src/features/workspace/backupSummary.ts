import type { BackupCounts } from '../../domain/backupFormat';
import { plural } from '../../ui/format';

/** "60 accounts, 24 interviews, 148 quotes": what a person checks before restoring. */
export function summariseCounts(counts: BackupCounts): string {
  return [
    plural(counts.accounts, 'account'),
    plural(counts.interviews, 'interview'),
    plural(counts.highlights, 'quote'),
  ].join(', ');
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
