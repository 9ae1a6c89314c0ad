/**
 * The search index stored in pieces (the device-local `searchSegments` table, schema version
 * 6), so that a save writes only what a change touched and no piece holds everything:
 * - 'index': minisearch's totals (document count, next short id, average field lengths);
 * - 'docs:<n>': the documents whose minisearch short id falls in the nth block of
 *   DOCS_PER_SEGMENT, with their field lengths and the text snippets are cut from;
 * - 'terms:<n>': the posting lists of the terms that hash to n, each field's postings one
 *   Uint32Array of (short id, frequency) pairs.
 *
 * SegmentedMiniSearch reads and writes minisearch's protected state (the fields its own
 * toJSON / loadJS use) segment by segment. toJSON would turn every posting into an object on
 * every save, and loadJS every object back into a Map on every start-up: with the postings
 * packed, IndexedDB clones each as one block, and reading back and rebuilding the 740,000
 * postings of 20,000 quotes took about a sixth of the time (Node, same machine).
 *
 * A discarded document's postings stay in its terms' segments until those are written again;
 * minisearch skips postings of unknown documents when it searches, so they cost nothing.
 */
import MiniSearch, { type Options } from 'minisearch';
import { z } from 'zod';

/** Bump when the indexed fields, tokenising or segment layout change: old segments rebuild. */
export const INDEX_FORMAT_VERSION = 3;

const DOCS_PER_SEGMENT = 1_000;
/**
 * A quote touches about fifteen terms, so a change to a few quotes rewrites a few of these;
 * more segments would make a start-up read more, smaller rows, which IndexedDB reads slower.
 */
const TERM_SEGMENTS = 64;

/** FNV-1a: a stable, even spread of strings over `count` buckets. */
export function bucketOf(text: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

export const termSegment = (term: string) => bucketOf(term, TERM_SEGMENTS);
export const docsSegment = (shortId: number) => Math.floor(shortId / DOCS_PER_SEGMENT);

const totalsSchema = z.object({
  documentCount: z.number(),
  nextId: z.number(),
  fieldIds: z.record(z.string(), z.number()),
  averageFieldLength: z.array(z.number()),
  dirtCount: z.number(),
});

const segmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('index'), version: z.number(), totals: totalsSchema }),
  // The documents and postings are many and this device wrote them: their shape is checked
  // as they are read, not through a schema per entry.
  z.object({ kind: z.literal('docs'), docs: z.array(z.unknown()) }),
  z.object({ kind: z.literal('terms'), terms: z.array(z.unknown()) }),
]);

type Totals = z.infer<typeof totalsSchema>;
type DocEntry<Doc> = [shortId: number, id: string, fieldLength: number[], doc: Doc];
type TermEntry = [term: string, fields: [fieldId: number, postings: Uint32Array][]];
/** minisearch's postings of one term: field id to (short id to frequency). */
type TermPostings = Map<number, Map<number, number>>;

export type IndexSegment<Doc> =
  | { kind: 'index'; version: number; totals: Totals }
  | { kind: 'docs'; docs: DocEntry<Doc>[] }
  | { kind: 'terms'; terms: TermEntry[] };

export interface SegmentRow<Doc> {
  id: string;
  value: IndexSegment<Doc>;
}

/** What changed since the last save: 'all' after a rebuild, which replaces every segment. */
export interface DirtySegments {
  docs: ReadonlySet<number> | 'all';
  terms: ReadonlySet<number> | 'all';
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i);

function packed(fields: TermPostings): TermEntry[1] {
  return [...fields].map(([fieldId, frequencies]) => {
    const postings = new Uint32Array(frequencies.size * 2);
    let i = 0;
    for (const [shortId, frequency] of frequencies) {
      postings[i++] = shortId;
      postings[i++] = frequency;
    }
    return [fieldId, postings];
  });
}

function unpacked(fields: unknown): TermPostings | null {
  if (!Array.isArray(fields)) return null;
  const byField: TermPostings = new Map();
  for (const field of fields as unknown[]) {
    if (!Array.isArray(field)) return null;
    const [fieldId, postings] = field as unknown[];
    if (typeof fieldId !== 'number' || !(postings instanceof Uint32Array)) return null;
    const frequencies = new Map<number, number>();
    for (let i = 0; i + 1 < postings.length; i += 2) {
      frequencies.set(postings[i] as number, postings[i + 1] as number);
    }
    byField.set(fieldId, frequencies);
  }
  return byField;
}

function isDocEntry(entry: unknown): entry is DocEntry<unknown> {
  if (!Array.isArray(entry)) return false;
  const [shortId, id, lengths, doc] = entry as unknown[];
  return typeof shortId === 'number' && typeof id === 'string' && Array.isArray(lengths) && !!doc;
}

export interface RestoredIndex<T, Doc> {
  mini: SegmentedMiniSearch<T>;
  docs: Map<string, Doc>;
}

export class SegmentedMiniSearch<T> extends MiniSearch<T> {
  /** The document's short id now; it changes when the document is replaced. */
  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id);
  }

  /** The segments `dirty` names, with `docs` (by document id) beside minisearch's part. */
  segments<Doc>(docs: ReadonlyMap<string, Doc>, dirty: DirtySegments): SegmentRow<Doc>[] {
    const totals: Totals = {
      documentCount: this._documentCount,
      nextId: this._nextId,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      dirtCount: this._dirtCount,
    };
    const rows: SegmentRow<Doc>[] = [
      { id: 'index', value: { kind: 'index', version: INDEX_FORMAT_VERSION, totals } },
    ];
    const docSegments = dirty.docs === 'all' ? range(docsSegment(this._nextId) + 1) : dirty.docs;
    for (const n of docSegments) {
      const entries: DocEntry<Doc>[] = [];
      for (let shortId = n * DOCS_PER_SEGMENT; shortId < (n + 1) * DOCS_PER_SEGMENT; shortId++) {
        const id: unknown = this._documentIds.get(shortId);
        const doc = typeof id === 'string' ? docs.get(id) : undefined;
        const lengths = this._fieldLength.get(shortId);
        if (typeof id === 'string' && doc && lengths) entries.push([shortId, id, lengths, doc]);
      }
      rows.push({ id: `docs:${n}`, value: { kind: 'docs', docs: entries } });
    }
    const termSegments = dirty.terms === 'all' ? range(TERM_SEGMENTS) : [...dirty.terms];
    const wanted = new Map(termSegments.map((n) => [n, [] as TermEntry[]]));
    for (const [term, fields] of this._index) {
      wanted.get(termSegment(term))?.push([term, packed(fields)]);
    }
    for (const [n, terms] of wanted)
      rows.push({ id: `terms:${n}`, value: { kind: 'terms', terms } });
    return rows;
  }

  /**
   * Puts stored segments back together. Null when there is no index segment, it is of another
   * format version or other fields, or a segment is not one this code writes: the caller then
   * rebuilds from the database.
   */
  static fromSegments<T, Doc>(
    rows: readonly { id: string; value: unknown }[],
    options: Options<T>,
  ): RestoredIndex<T, Doc> | null {
    const mini = new SegmentedMiniSearch<T>(options);
    const docs = new Map<string, Doc>();
    let totals: Totals | null = null;
    for (const row of rows) {
      const parsed = segmentSchema.safeParse(row.value);
      if (!parsed.success) return null;
      const segment = parsed.data;
      if (segment.kind === 'index') {
        if (segment.version !== INDEX_FORMAT_VERSION) return null;
        totals = segment.totals;
      } else if (segment.kind === 'docs') {
        for (const entry of segment.docs) {
          if (!isDocEntry(entry)) return null;
          const [shortId, id, lengths, doc] = entry;
          mini._documentIds.set(shortId, id);
          mini._idToShortId.set(id, shortId);
          mini._fieldLength.set(shortId, lengths);
          docs.set(id, doc as Doc);
        }
      } else {
        for (const entry of segment.terms) {
          const [term, fields] = Array.isArray(entry) ? (entry as unknown[]) : [];
          const byField = unpacked(fields);
          if (typeof term !== 'string' || !byField) return null;
          mini._index.set(term, byField);
        }
      }
    }
    if (!totals || JSON.stringify(totals.fieldIds) !== JSON.stringify(mini._fieldIds)) return null;
    mini._documentCount = totals.documentCount;
    mini._nextId = totals.nextId;
    mini._avgFieldLength = totals.averageFieldLength;
    mini._dirtCount = totals.dirtCount;
    return { mini, docs };
  }
}
