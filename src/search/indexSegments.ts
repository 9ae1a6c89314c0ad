/**
 * The search index stored in pieces (the device-local `searchSegments` table, schema version
 * 6), so that a save writes only what a change touched and no piece holds everything:
 * - 'index': minisearch's totals (document count, next short id, average field lengths);
 * - 'docs:<n>': the documents whose minisearch short id falls in the nth block of
 *   DOCS_PER_SEGMENT, with their field lengths and the text snippets are cut from;
 * - 'terms:<n>': the posting lists of the terms that hash to n, each field's postings one
 *   Uint32Array of (short id, frequency) pairs.
 * The rest is minisearch's own serialisation (toJSON / loadJS) split and joined. Postings are
 * packed because IndexedDB clones a typed array as one block: as minisearch's objects, reading
 * the 740,000 postings of 20,000 quotes back and turning them into Maps was most of a start-up
 * (about 6× the time in Node). A discarded document's postings stay in its terms' segments until those are written
 * again; minisearch skips postings of unknown documents when it searches, so they cost nothing.
 */
import type { AsPlainObject } from 'minisearch';
import { z } from 'zod';

/** Bump when the indexed fields, tokenising or segment layout change: old segments rebuild. */
export const INDEX_FORMAT_VERSION = 2;

const DOCS_PER_SEGMENT = 1_000;
/**
 * A quote touches about fifteen terms, so a change to a few quotes rewrites a few of these;
 * more segments would make a start-up read more rows for little saved.
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
  dirtCount: z.number().optional(),
  serializationVersion: z.number(),
});

const segmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('index'), version: z.number(), totals: totalsSchema }),
  // The documents and postings are many and this device wrote them: their shape is checked
  // cheaply here and by minisearch when it loads them, not field by field.
  z.object({ kind: z.literal('docs'), docs: z.array(z.unknown()) }),
  z.object({ kind: z.literal('terms'), terms: z.array(z.unknown()) }),
]);

type Totals = z.infer<typeof totalsSchema>;
type DocEntry<Doc> = [shortId: number, id: string, fieldLength: number[], doc: Doc];
type TermEntry = [term: string, fields: [fieldId: number, postings: Uint32Array][]];
/** minisearch's postings of one term: field id to (short id to frequency). */
export type TermPostings = Map<number, Map<number, number>>;

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

function packed(fields: AsPlainObject['index'][number][1]): TermEntry[1] {
  return Object.entries(fields).map(([fieldId, frequencies]) => {
    const shortIds = Object.keys(frequencies);
    const postings = new Uint32Array(shortIds.length * 2);
    shortIds.forEach((shortId, i) => {
      postings[2 * i] = Number(shortId);
      postings[2 * i + 1] = frequencies[shortId] ?? 0;
    });
    return [Number(fieldId), postings];
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

/** The segments `dirty` names, cut from minisearch's toJSON() and the documents beside it. */
export function splitIndex<Doc>(
  js: AsPlainObject,
  docs: ReadonlyMap<string, Doc>,
  dirty: DirtySegments,
): SegmentRow<Doc>[] {
  const { index, documentIds, fieldLength, storedFields: _none, ...totals } = js;
  const rows: SegmentRow<Doc>[] = [
    { id: 'index', value: { kind: 'index', version: INDEX_FORMAT_VERSION, totals } },
  ];
  const docSegments = dirty.docs === 'all' ? range(docsSegment(js.nextId) + 1) : [...dirty.docs];
  for (const n of docSegments) {
    const entries: DocEntry<Doc>[] = [];
    for (let shortId = n * DOCS_PER_SEGMENT; shortId < (n + 1) * DOCS_PER_SEGMENT; shortId++) {
      const id: unknown = documentIds[shortId];
      const doc = typeof id === 'string' ? docs.get(id) : undefined;
      const lengths = fieldLength[shortId];
      if (typeof id === 'string' && doc && lengths) entries.push([shortId, id, lengths, doc]);
    }
    rows.push({ id: `docs:${n}`, value: { kind: 'docs', docs: entries } });
  }
  const termSegments = dirty.terms === 'all' ? range(TERM_SEGMENTS) : [...dirty.terms];
  const wanted = new Map(termSegments.map((n) => [n, [] as TermEntry[]]));
  for (const [term, fields] of index) wanted.get(termSegment(term))?.push([term, packed(fields)]);
  for (const [n, terms] of wanted) rows.push({ id: `terms:${n}`, value: { kind: 'terms', terms } });
  return rows;
}

export interface JoinedIndex<Doc> {
  /** For minisearch's loadJS: everything but the postings. */
  js: AsPlainObject;
  postings: Map<string, TermPostings>;
  docs: Map<string, Doc>;
  /** Each document's minisearch short id, as stored. */
  shortIds: Map<string, number>;
}

/**
 * Puts the segments back together for minisearch's loadJS. Null when there is no index segment,
 * it is of another format version, or a segment is not one this code writes: the caller then
 * rebuilds from the database.
 */
export function joinIndex<Doc>(
  rows: readonly { id: string; value: unknown }[],
): JoinedIndex<Doc> | null {
  let totals: Totals | null = null;
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const postings = new Map<string, TermPostings>();
  const docs = new Map<string, Doc>();
  const shortIds = new Map<string, number>();
  for (const row of rows) {
    const parsed = segmentSchema.safeParse(row.value);
    if (!parsed.success) return null;
    const segment = parsed.data;
    if (segment.kind === 'index') {
      if (segment.version !== INDEX_FORMAT_VERSION) return null;
      totals = segment.totals;
    } else if (segment.kind === 'docs') {
      for (const [shortId, id, lengths, doc] of segment.docs as DocEntry<Doc>[]) {
        documentIds[shortId] = id;
        fieldLength[shortId] = lengths;
        docs.set(id, doc);
        shortIds.set(id, shortId);
      }
    } else {
      for (const entry of segment.terms) {
        const [term, fields] = Array.isArray(entry) ? (entry as unknown[]) : [];
        const byField = unpacked(fields);
        if (typeof term !== 'string' || !byField) return null;
        postings.set(term, byField);
      }
    }
  }
  if (!totals) return null;
  const js = { ...totals, documentIds, fieldLength, storedFields: {}, index: [] };
  return { js, postings, docs, shortIds };
}
