/**
 * Full-text search over accounts, interview notes, transcripts and quotes (minisearch).
 *
 * Kept incrementally: call addAccount / addInterview / addHighlight whenever a record is saved
 * (each adds or replaces that record's documents) and remove() when it is deleted; never
 * rebuild per keystroke. Queries match every term (AND), each as a prefix (from 3 letters) and
 * with fuzziness 0.2 (from 5 letters), so "onboa" and "onbaording" both find "onboarding".
 *
 * minisearch holds only the inverted index; the texts shown in snippets live in a Map beside
 * it, so results need no database read. Both are persisted together, in segments
 * (indexSegments.ts): `takeSegments()` gives the ones changed since it was last called, and
 * `loadSearchIndexSegments(rows)` reads them all back.
 */
import type { Options, SearchResult } from 'minisearch';
import type { Account } from '../domain/schemas/account';
import type { Cohort } from '../domain/schemas/cohort';
import type { Highlight } from '../domain/schemas/highlight';
import type { Interview } from '../domain/schemas/interview';
import { transcriptText } from '../domain/transcriptText';
import {
  docsSegment,
  SegmentedMiniSearch,
  termSegment,
  type DirtySegments,
  type SegmentRow,
} from './indexSegments';

/** Result groups always come in this order. */
export const SEARCH_KINDS = ['account', 'note', 'transcript', 'quote'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchableAccount = Pick<
  Account,
  'id' | 'name' | 'domain' | 'industry' | 'region' | 'plan' | 'techStack' | 'cohort'
>;
export type SearchableInterview = Pick<
  Interview,
  'id' | 'accountId' | 'date' | 'notes' | 'transcript'
>;
export type SearchableHighlight = Pick<
  Highlight,
  'id' | 'interviewId' | 'accountId' | 'anchor' | 'speaker' | 'comment'
>;

/** Plain text around the first matched word; `before`/`after` carry '…' when cut. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

export interface SearchHit {
  /** Document id: `account:<id>`, `note:<interviewId>`, `transcript:<interviewId>`, `quote:<id>`. */
  id: string;
  kind: SearchKind;
  /** The account name; for notes and transcripts followed by " · <interview date>". */
  title: string;
  accountId: string;
  interviewId: string | null;
  highlightId: string | null;
  score: number;
  snippet: Snippet;
  /**
   * Where snippet.match starts in the document's text (the notes, transcriptText(segments) or
   * the quote), for scrolling to it; null when the match was only in the name or codes.
   */
  matchOffset: number | null;
}

export interface SearchGroup {
  kind: SearchKind;
  /** All matches of this kind, of which `hits` holds the best `limitPerKind`. */
  total: number;
  hits: SearchHit[];
}

export interface SearchOptions {
  /** Only documents of accounts in this cohort; null or absent searches everything. */
  cohort?: Cohort | null;
  /** Hits kept per kind; 20 unless given. */
  limitPerKind?: number;
}

export interface SearchIndex {
  /** Adds or replaces the account, and refreshes its name and cohort on its other documents. */
  addAccount(account: SearchableAccount): void;
  /** Adds or replaces the interview's note and transcript documents (empty ones are dropped). */
  addInterview(interview: SearchableInterview, accountName: string, cohort: Cohort | null): void;
  /** Adds or replaces a quote; code names, speaker and comment are searchable too. */
  addHighlight(
    highlight: SearchableHighlight,
    accountName: string,
    cohort: Cohort | null,
    codeNames: readonly string[],
  ): void;
  /**
   * Removes a record's documents and those that hang off it: an interview takes its quotes with
   * it, an account its interviews and quotes.
   */
  remove(entity: 'account' | 'interview' | 'highlight', id: string): void;
  /** Non-empty groups in SEARCH_KINDS order; an empty query gives []. */
  search(query: string, options?: SearchOptions): SearchGroup[];
  readonly documentCount: number;
  /**
   * The segments changed since the last call (all of them the first time, with `replaceAll`),
   * or null when nothing changed. Call `restore` when they could not be stored, so the next
   * call gives everything again.
   */
  takeSegments(): TakenSegments | null;
}

export interface TakenSegments {
  rows: SegmentRow<StoredDoc>[];
  /** The stored segments are to be dropped first: these replace every one of them. */
  replaceAll: boolean;
  restore(): void;
}

/** One indexed document as stored beside minisearch's postings (indexSegments.ts). */
export interface StoredDoc {
  kind: SearchKind;
  accountId: string;
  interviewId: string | null;
  highlightId: string | null;
  cohort: Cohort | null;
  accountName: string;
  date: string | null;
  /** What snippets are cut from. */
  text: string;
  /** Searchable but never shown: code names, speakers, comments. */
  extra: string;
}
type IndexedDoc = StoredDoc & { id: string };

// Words are runs of letters, digits and combining marks. minisearch's default splits only on
// spaces and punctuation, so "<b>CFO</b>" or "$40k" would index as odd tokens. Snippets find
// words with the same class, so what is indexed and what is highlighted agree.
const WORD_CHAR = String.raw`\p{L}\p{N}\p{M}`;
const SEPARATOR_RUN = new RegExp(`[^${WORD_CHAR}]+`, 'u');

/**
 * A 1-2 letter prefix matches most of the vocabulary: it costs a scan of nearly every document
 * (over 100 ms at 20,000 quotes) and says nothing about what the user wants.
 */
const MIN_PREFIX_LENGTH = 3;
/**
 * At 0.2, minisearch allows one edit from 3 letters up; that makes "ceo" find "CFO" and "sso"
 * find "SSH", so fuzziness starts at 5 letters, where typos are the likelier explanation.
 */
const FUZZINESS = 0.2;
const MIN_FUZZY_LENGTH = 5;

const tokenize = (text: string) => text.split(SEPARATOR_RUN);
// minisearch's default, spelled out: segments must know which terms a document has.
const processTerm = (term: string) => term.toLowerCase();
const INDEXED_FIELDS = ['accountName', 'text', 'extra'] as const;

const MINISEARCH_OPTIONS: Options<IndexedDoc> = {
  fields: [...INDEXED_FIELDS],
  tokenize,
  processTerm,
  searchOptions: {
    prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
    fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false),
    combineWith: 'AND',
    boost: { accountName: 2 },
  },
};

const DEFAULT_LIMIT_PER_KIND = 20;
const SNIPPET_CONTEXT = 60;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_CHAR_TEST = new RegExp(`[${WORD_CHAR}]`, 'u');
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR_TEST.test(char);

/**
 * Finds the first whole-word occurrence of any matched term, case-insensitively. Built once per
 * search from the terms of all shown hits: compiling a regex is what costs, not running it.
 * Word boundaries are checked in code because \p{…} classes inside a per-query regex made
 * compiling it cost about a millisecond.
 */
function termFinder(
  terms: ReadonlySet<string>,
): (text: string) => { start: number; end: number } | null {
  if (terms.size === 0) return () => null;
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(alternatives.join('|'), 'gi');
  return (text) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!isWordChar(text[start - 1]) && !isWordChar(text[end])) return { start, end };
      pattern.lastIndex = start + 1;
    }
    return null;
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

function textBefore(text: string, start: number): string {
  const from = start - SNIPPET_CONTEXT;
  if (from <= 0) return oneLine(text.slice(0, start)).trimStart();
  // Drop the word the window cut through.
  return `…${oneLine(text.slice(from, start)).replace(/^\S*\s/, '')}`;
}

function textAfter(text: string, end: number, length = SNIPPET_CONTEXT): string {
  const to = end + length;
  if (to >= text.length) return oneLine(text.slice(end)).trimEnd();
  return `${oneLine(text.slice(end, to)).replace(/\s\S*$/, '')}…`;
}

function snippetOf(
  text: string,
  match: { start: number; end: number } | null,
): { snippet: Snippet; matchOffset: number | null } {
  if (!match) {
    return {
      snippet: { before: '', match: '', after: textAfter(text, 0, 2 * SNIPPET_CONTEXT) },
      matchOffset: null,
    };
  }
  return {
    snippet: {
      before: textBefore(text, match.start),
      match: text.slice(match.start, match.end),
      after: textAfter(text, match.end),
    },
    matchOffset: match.start,
  };
}

function titleOf(doc: StoredDoc): string {
  return doc.date === null ? doc.accountName : `${doc.accountName} · ${doc.date}`;
}

class MiniSearchIndex implements SearchIndex {
  readonly #mini: SegmentedMiniSearch<IndexedDoc>;
  readonly #docs: Map<string, StoredDoc>;
  /** Each document's short id as last stored, to find the segment it is to leave. */
  #storedShortIds: Map<string, number>;
  /** Documents and term segments changed since the last takeSegments(). */
  #dirtyDocs = new Set<string>();
  #dirtyTerms = new Set<number>();
  /** Nothing is stored that this index came from: the next save writes every segment. */
  #unsaved: boolean;

  constructor(
    mini: SegmentedMiniSearch<IndexedDoc>,
    docs: Map<string, StoredDoc>,
    storedShortIds: Map<string, number> | null,
  ) {
    this.#mini = mini;
    this.#docs = docs;
    this.#storedShortIds = storedShortIds ?? new Map();
    this.#unsaved = storedShortIds === null;
  }

  get documentCount(): number {
    return this.#docs.size;
  }

  /**
   * A document's new postings land in its terms' segments. Its old ones need no save: once it
   * is discarded they are postings of an unknown document, which minisearch skips.
   */
  #markTerms(doc: StoredDoc): void {
    if (this.#unsaved) return;
    for (const field of INDEXED_FIELDS) {
      for (const token of tokenize(doc[field])) {
        if (token !== '') this.#dirtyTerms.add(termSegment(processTerm(token)));
      }
    }
  }

  #put(id: string, doc: StoredDoc): void {
    const previous = this.#docs.get(id);
    this.#docs.set(id, doc);
    this.#dirtyDocs.add(id);
    if (!previous) {
      this.#mini.add({ id, ...doc });
      this.#markTerms(doc);
      return;
    }
    // Saves often change nothing that is indexed (a cohort, a status): skip the re-index.
    const indexedFieldsSame =
      previous.accountName === doc.accountName &&
      previous.text === doc.text &&
      previous.extra === doc.extra;
    if (indexedFieldsSame) return;
    this.#mini.replace({ id, ...doc });
    this.#markTerms(doc);
  }

  #drop(id: string): void {
    if (!this.#docs.delete(id)) return;
    this.#dirtyDocs.add(id);
    this.#mini.discard(id);
  }

  #dropWhere(test: (doc: StoredDoc) => boolean): void {
    for (const [id, doc] of [...this.#docs]) if (test(doc)) this.#drop(id);
  }

  addAccount(account: SearchableAccount): void {
    const facts = [
      account.domain,
      account.industry,
      account.region,
      account.plan,
      ...account.techStack,
    ];
    this.#put(`account:${account.id}`, {
      kind: 'account',
      accountId: account.id,
      interviewId: null,
      highlightId: null,
      cohort: account.cohort,
      accountName: account.name,
      date: null,
      text: facts.filter((fact) => fact !== null && fact !== '').join(' · '),
      extra: '',
    });
    for (const [id, doc] of [...this.#docs]) {
      if (doc.kind !== 'account' && doc.accountId === account.id) {
        this.#put(id, { ...doc, accountName: account.name, cohort: account.cohort });
      }
    }
  }

  addInterview(interview: SearchableInterview, accountName: string, cohort: Cohort | null): void {
    const base = {
      accountId: interview.accountId,
      interviewId: interview.id,
      highlightId: null,
      cohort,
      accountName,
      date: interview.date,
    };
    const noteId = `note:${interview.id}`;
    if (interview.notes.trim() === '') this.#drop(noteId);
    else this.#put(noteId, { ...base, kind: 'note', text: interview.notes, extra: '' });

    const transcriptId = `transcript:${interview.id}`;
    const segments = interview.transcript ?? [];
    if (segments.length === 0) {
      this.#drop(transcriptId);
      return;
    }
    const speakers = [...new Set(segments.map((segment) => segment.speaker))];
    this.#put(transcriptId, {
      ...base,
      kind: 'transcript',
      text: transcriptText(segments),
      extra: speakers.join('\n'),
    });
  }

  addHighlight(
    highlight: SearchableHighlight,
    accountName: string,
    cohort: Cohort | null,
    codeNames: readonly string[],
  ): void {
    const extra = [...codeNames, highlight.speaker ?? '', highlight.comment ?? ''];
    this.#put(`quote:${highlight.id}`, {
      kind: 'quote',
      accountId: highlight.accountId,
      interviewId: highlight.interviewId,
      highlightId: highlight.id,
      cohort,
      accountName,
      date: null,
      text: highlight.anchor.exact,
      extra: extra.filter((part) => part !== '').join('\n'),
    });
  }

  remove(entity: 'account' | 'interview' | 'highlight', id: string): void {
    if (entity === 'highlight') this.#drop(`quote:${id}`);
    else if (entity === 'interview') this.#dropWhere((doc) => doc.interviewId === id);
    else this.#dropWhere((doc) => doc.accountId === id);
  }

  search(query: string, options: SearchOptions = {}): SearchGroup[] {
    if (query.trim() === '') return [];
    const { cohort = null, limitPerKind = DEFAULT_LIMIT_PER_KIND } = options;
    const filter = cohort
      ? (result: SearchResult) => this.#docs.get(String(result.id))?.cohort === cohort
      : undefined;
    const byKind = new Map<SearchKind, { result: SearchResult; doc: StoredDoc }[]>();
    for (const result of this.#mini.search(query, { filter })) {
      const doc = this.#docs.get(String(result.id));
      if (!doc) continue;
      const group = byKind.get(doc.kind) ?? [];
      group.push({ result, doc });
      byKind.set(doc.kind, group);
    }
    // Snippets are cut only for the hits that are shown.
    const shown = [...byKind.values()].flatMap((matches) => matches.slice(0, limitPerKind));
    const findTerm = termFinder(new Set(shown.flatMap(({ result }) => result.terms)));
    return SEARCH_KINDS.flatMap((kind) => {
      const matches = byKind.get(kind);
      if (!matches) return [];
      const hits = matches.slice(0, limitPerKind).map(({ result, doc }) => ({
        id: String(result.id),
        kind,
        title: titleOf(doc),
        accountId: doc.accountId,
        interviewId: doc.interviewId,
        highlightId: doc.highlightId,
        score: result.score,
        ...snippetOf(doc.text, findTerm(doc.text)),
      }));
      return [{ kind, total: matches.length, hits }];
    });
  }

  takeSegments(): TakenSegments | null {
    const replaceAll = this.#unsaved;
    if (!replaceAll && this.#dirtyDocs.size === 0) return null;
    const docSegments = new Set<number>();
    for (const id of this.#dirtyDocs) {
      const before = this.#storedShortIds.get(id);
      const now = this.#mini.shortIdOf(id);
      if (before !== undefined) docSegments.add(docsSegment(before));
      if (now === undefined) this.#storedShortIds.delete(id);
      else {
        docSegments.add(docsSegment(now));
        this.#storedShortIds.set(id, now);
      }
    }
    const dirty: DirtySegments = replaceAll
      ? { docs: 'all', terms: 'all' }
      : { docs: docSegments, terms: this.#dirtyTerms };
    const rows = this.#mini.segments(this.#docs, dirty);
    if (replaceAll) {
      this.#storedShortIds = new Map();
      for (const id of this.#docs.keys()) {
        const shortId = this.#mini.shortIdOf(id);
        if (shortId !== undefined) this.#storedShortIds.set(id, shortId);
      }
    }
    this.#dirtyDocs = new Set();
    this.#dirtyTerms = new Set();
    this.#unsaved = false;
    return {
      rows,
      replaceAll,
      restore: () => {
        this.#unsaved = true;
      },
    };
  }
}

export function createSearchIndex(): SearchIndex {
  return new MiniSearchIndex(new SegmentedMiniSearch(MINISEARCH_OPTIONS), new Map(), null);
}

/**
 * Reads back the segments takeSegments() gave. Returns null when they are unreadable or of an
 * older format; the caller then rebuilds the index from the database.
 */
export function loadSearchIndexSegments(
  rows: readonly { id: string; value: unknown }[],
): SearchIndex | null {
  try {
    const restored = SegmentedMiniSearch.fromSegments<IndexedDoc, StoredDoc>(
      rows,
      MINISEARCH_OPTIONS,
    );
    if (!restored) return null;
    const shortIds = new Map<string, number>();
    for (const id of restored.docs.keys()) {
      const shortId = restored.mini.shortIdOf(id);
      if (shortId !== undefined) shortIds.set(id, shortId);
    }
    return new MiniSearchIndex(restored.mini, restored.docs, shortIds);
  } catch {
    return null;
  }
}
