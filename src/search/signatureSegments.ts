/**
 * What the search index knows of each record it indexed: a signature (updatedAt and a few
 * shape facts, searchIndexSync.ts) per account, interview and quote, stored beside the index
 * in `signatures:<table>:<n>` segments by a hash of the id, so a save writes the few segments
 * whose records changed. A verification pass re-indexes the records whose signature differs.
 */
import { z } from 'zod';
import type { SearchSegmentRow } from '../db/schema';
import { bucketOf } from './indexSegments';

export const SIGNED_TABLES = ['accounts', 'interviews', 'highlights'] as const;
export type SignedTable = (typeof SIGNED_TABLES)[number];

const SEGMENTS = 16;
const PREFIX = 'signatures:';

const segmentSchema = z.object({
  kind: z.literal('signatures'),
  table: z.enum(SIGNED_TABLES),
  entries: z.array(z.tuple([z.string(), z.string()])),
});

export const isSignatureRow = (row: { id: string }) => row.id.startsWith(PREFIX);

export class SignatureStore {
  readonly #signatures: Record<SignedTable, Map<string, string>> = {
    accounts: new Map(),
    interviews: new Map(),
    highlights: new Map(),
  };
  readonly #dirty: Record<SignedTable, Set<number>> = {
    accounts: new Set(),
    interviews: new Set(),
    highlights: new Set(),
  };
  /** Nothing stored matches: the next save writes every segment. */
  #unsaved = true;

  get(table: SignedTable, id: string): string | undefined {
    return this.#signatures[table].get(id);
  }

  has(table: SignedTable, id: string): boolean {
    return this.#signatures[table].has(id);
  }

  ids(table: SignedTable): string[] {
    return [...this.#signatures[table].keys()];
  }

  count(table: SignedTable): number {
    return this.#signatures[table].size;
  }

  /** Sets or (with null) forgets a record's signature. */
  set(table: SignedTable, id: string, signature: string | null): void {
    if (signature === null) this.#signatures[table].delete(id);
    else this.#signatures[table].set(id, signature);
    this.#dirty[table].add(bucketOf(id, SEGMENTS));
  }

  clear(): void {
    for (const table of SIGNED_TABLES) this.#signatures[table].clear();
    this.#unsaved = true;
  }

  /** The segments changed since the last call; every one of them with `all`. */
  takeRows(all: boolean): SearchSegmentRow[] {
    const every = all || this.#unsaved;
    const rows: SearchSegmentRow[] = [];
    for (const table of SIGNED_TABLES) {
      const buckets = every
        ? Array.from({ length: SEGMENTS }, (_, n) => n)
        : [...this.#dirty[table]];
      this.#dirty[table].clear();
      const entries = new Map(buckets.map((n) => [n, [] as [string, string][]]));
      for (const entry of this.#signatures[table]) {
        entries.get(bucketOf(entry[0], SEGMENTS))?.push(entry);
      }
      for (const [n, list] of entries) {
        rows.push({
          id: `${PREFIX}${table}:${n}`,
          value: { kind: 'signatures', table, entries: list },
        });
      }
    }
    this.#unsaved = false;
    return rows;
  }

  /** After a save that could not be stored. */
  restore(): void {
    this.#unsaved = true;
  }

  /** Reads the stored segments back; false (and nothing kept) when one is unreadable. */
  load(rows: readonly SearchSegmentRow[]): boolean {
    for (const row of rows) {
      if (!isSignatureRow(row)) continue;
      const segment = segmentSchema.safeParse(row.value);
      if (!segment.success) {
        this.clear();
        return false;
      }
      for (const [id, signature] of segment.data.entries) {
        this.#signatures[segment.data.table].set(id, signature);
      }
    }
    this.#unsaved = false;
    return true;
  }
}
