import type { BackupCounts } from './backupFormat';

const integer = new Intl.NumberFormat('en-US');

const plural = (count: number, one: string) =>
  `${integer.format(count)} ${count === 1 ? one : `${one}s`}`;

/** "60 accounts, 24 interviews, 148 quotes": what a person checks before restoring. */
export function summariseCounts(counts: BackupCounts): string {
  return [
    plural(counts.accounts, 'account'),
    plural(counts.interviews, 'interview'),
    plural(counts.highlights, 'quote'),
  ].join(', ');
}
