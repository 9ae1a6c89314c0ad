import type { Change } from '../../src/domain/schemas/change';

/** Change-log entries as "table key op source", sorted: what a test compares. */
export function logged(changes: readonly Change[]): string[] {
  return changes.map((c) => `${c.table} ${c.key} ${c.op} ${c.source}`).sort();
}
