/**
 * Keeps one workspace's search index (searchIndex.ts) in step with its database. It runs in
 * searchIndex.worker.ts, so building, catching up and saving never hold up the page.
 *
 * Start-up: the index is read back from its segments (the device-local `searchSegments` table,
 * indexSegments.ts) with a signature per indexed record (updatedAt and a few shape facts) and
 * the change log's seq it holds every change up to. If the table counts still match, the index
 * is 'ready' at once and catches up by re-reading only the records the log names after that
 * seq. A full verification pass (every record read, those whose signature changed re-indexed)
 * replaces the catch-up when the log cannot tell: no segments, another format or database
 * version, other counts (a write that bypassed Dexie), or a compaction that dropped rows after
 * the seq. Until a verification pass has caught up, the index is 'indexing' and answers with
 * what it has.
 *
 * Changes: Dexie fires 'storagemutated' after each read-write transaction commits, in this
 * context and, through its BroadcastChannel, in every other tab and worker of the origin. It
 * only says that something changed; what changed is read from the change log, which every
 * Dexie write to a workspace table appends to (changeLog.ts), so a bulk write of 20,000 records
 * costs one read of its log rows and the 20,000 records, never a pass over the rest.
 *
 * Saving: 5 s after the last change, once no search has run for 2 s (packing segments is worker
 * time the next keystroke's results would wait for), and at once when the page asks (pagehide,
 * tab hidden). Only the segments a change touched are packed and written.
 */
import Dexie, { type ObservabilitySet, type Table as DexieTable } from 'dexie';
import { z } from 'zod';
import type { Account } from '../domain/schemas/account';
import type { Cohort } from '../domain/schemas/cohort';
import type { Highlight } from '../domain/schemas/highlight';
import type { Interview } from '../domain/schemas/interview';
import { CHANGE_RETENTION_DAYS, COMPACTED_AT_KEY } from '../db/changeCompaction';
import { lastChangeSeq } from '../db/changeQueries';
import type { SearchSegmentRow, WorkspaceDb } from '../db/schema';
import { getSetting } from '../db/settingsRepo';
import {
  createSearchIndex,
  loadSearchIndexSegments,
  type SearchGroup,
  type SearchIndex,
  type SearchOptions,
} from './searchIndex';
import {
  isSignatureRow,
  SignatureStore,
  SIGNED_TABLES,
  type SignedTable,
} from './signatureSegments';

export type SearchIndexState = 'loading' | 'indexing' | 'ready' | 'unavailable';

export interface SearchIndexStatus {
  state: SearchIndexState;
  documents: number;
  /** True when the stored snapshot holds every change so far. */
  saved: boolean;
  /** True while changes (or the start-up verification) are being indexed. */
  syncing: boolean;
  /** Records indexed or unindexed since start-up. */
  reindexed: number;
  /** Records read from the database since start-up, to index them or check their signature. */
  read: number;
}

export interface SearchIndexSyncOptions {
  onStatus(status: SearchIndexStatus): void;
  persistDelayMs?: number;
  /** Quiet time after the last search before a snapshot may be written. */
  searchQuietMs?: number;
}

export interface SearchIndexSync {
  search(query: string, options?: SearchOptions): SearchGroup[];
  /** Writes the snapshot now if anything changed since the last one. */
  persist(): Promise<void>;
  /** Resolves once every change seen so far is indexed (and, for tests, the first pass is done). */
  idle(): Promise<void>;
  stop(): void;
}

const TABLES = ['codes', 'accounts', 'interviews', 'highlights'] as const;
type Table = (typeof TABLES)[number];
const isTable = (name: string): name is Table => (TABLES as readonly string[]).includes(name);
/** The tables whose records become documents; codes only lend their names to quotes. */
type Indexed = SignedTable;

/** Bump when signatures or the sync segment change meaning: older segments rebuild. */
const SYNC_VERSION = 2;
const syncSegmentSchema = z.object({
  kind: z.literal('sync'),
  version: z.literal(SYNC_VERSION),
  /** The change log's seq up to which the index holds every change. */
  indexedSeq: z.number(),
  /** When the log was read up to indexedSeq: a compaction cutting after it lost rows we need. */
  indexedAt: z.string(),
  /** Dexie's upgrades write unlogged: another version means verifying every record. */
  dbVersion: z.number(),
  codes: z.array(z.tuple([z.string(), z.string()])),
});
const DAY_MS = 86_400_000;

/** Records read per page: notes run to tens of kilobytes, so interviews come a few at a time. */
const PAGE_SIZE: Record<'accounts' | 'interviews' | 'highlights', number> = {
  accounts: 500,
  interviews: 25,
  highlights: 500,
};
/** Longest stretch of indexing between two looks at the message queue. */
const SLICE_MS = 8;

// What decides whether a stored record needs re-indexing. updatedAt alone would trust every
// writer to bump it; the extra facts catch the obvious misses for the price of a comparison.
const accountSignature = (a: Account) =>
  [
    a.updatedAt,
    a.name,
    a.cohort,
    a.domain,
    a.industry,
    a.region,
    a.plan,
    a.techStack.join(','),
  ].join('|');
const interviewSignature = (i: Interview) =>
  [i.updatedAt, i.accountId, i.date, i.notes.length, i.transcript?.length ?? 0].join('|');
const highlightSignature = (h: Highlight) =>
  [h.updatedAt, h.accountId, h.codeIds.join(','), h.anchor.exact.length, h.speaker, h.comment].join(
    '|',
  );

interface AccountFacts {
  name: string;
  cohort: Cohort | null;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function startSearchIndexSync(
  db: WorkspaceDb,
  { onStatus, persistDelayMs = 5000, searchQuietMs = 2000 }: SearchIndexSyncOptions,
): SearchIndexSync {
  let index: SearchIndex | null = null;
  let state: SearchIndexState = 'loading';
  let stopped = false;
  /** The index holds changes its stored segments do not (or there are none). */
  let dirty = false;
  let segmentsStored = false;
  /** The change log's seq the index holds every change up to, and when the log was read. */
  let indexedSeq = 0;
  let indexedAt = new Date(0).toISOString();
  let reindexed = 0;
  let read = 0;
  let lastSearchAt = -Infinity;
  let persistTimer: ReturnType<typeof setTimeout> | undefined;

  const accounts = new Map<string, AccountFacts>();
  const codeNames = new Map<string, string>();
  const signatures = new SignatureStore();
  // Removing an account or interview from the index takes its documents with it; any that
  // are still in the database (orphans) are indexed again on their own.
  const removed: Record<'accounts' | 'interviews', Set<string>> = {
    accounts: new Set(),
    interviews: new Set(),
  };

  /** Every account's name and cohort is known (a verification pass read them all). */
  let accountsKnown = false;

  // Changes waiting to be indexed: whole tables to verify, or single keys to re-read. The log
  // is read for new rows whenever Dexie says something was written.
  let logUnread = false;
  const wholeTables = new Set<Table>();
  const keys = new Map<Table, Set<string>>(TABLES.map((t) => [t, new Set<string>()]));
  let work: Promise<void> = Promise.resolve();
  let scheduled = false;
  let draining = false;

  const report = () =>
    onStatus({
      state,
      documents: index?.documentCount ?? 0,
      saved: segmentsStored && !dirty,
      syncing: draining,
      reindexed,
      read,
    });

  function fail() {
    stopped = true;
    state = 'unavailable';
    report();
  }

  let sliceStart = performance.now();
  async function breathe(): Promise<void> {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await nextTask();
    sliceStart = performance.now();
  }

  const facts = (accountId: string): AccountFacts =>
    accounts.get(accountId) ?? { name: 'Unknown account', cohort: null };

  function signed(table: Indexed, id: string, signature: string | null) {
    signatures.set(table, id, signature);
    reindexed += 1;
    dirty = true;
  }

  function indexAccount(live: SearchIndex, account: Account) {
    accounts.set(account.id, { name: account.name, cohort: account.cohort });
    live.addAccount(account);
    signed('accounts', account.id, accountSignature(account));
  }

  function indexInterview(live: SearchIndex, interview: Interview) {
    const { name, cohort } = facts(interview.accountId);
    live.addInterview(interview, name, cohort);
    signed('interviews', interview.id, interviewSignature(interview));
  }

  function indexHighlight(live: SearchIndex, highlight: Highlight) {
    const { name, cohort } = facts(highlight.accountId);
    const codes = highlight.codeIds.flatMap((id) => codeNames.get(id) ?? []);
    live.addHighlight(highlight, name, cohort, codes);
    signed('highlights', highlight.id, highlightSignature(highlight));
  }

  /** Names and cohorts of the accounts these records hang off, read once per account. */
  async function knowAccounts(accountIds: readonly string[]) {
    const missing = [...new Set(accountIds)].filter((id) => !accounts.has(id));
    if (missing.length === 0) return;
    for (const account of await db.accounts.bulkGet(missing)) {
      if (account) accounts.set(account.id, { name: account.name, cohort: account.cohort });
    }
  }

  const ENTITY = { accounts: 'account', interviews: 'interview', highlights: 'highlight' } as const;

  function unindex(live: SearchIndex, table: Indexed, id: string) {
    if (!signatures.has(table, id)) return;
    signed(table, id, null);
    live.remove(ENTITY[table], id);
    if (table === 'accounts') accounts.delete(id);
    if (table !== 'highlights') removed[table].add(id);
  }

  /** Re-reads the codebook; returns the ids whose name changed, appeared or went away. */
  async function refreshCodes(): Promise<string[]> {
    const fresh = new Map((await db.codes.toArray()).map((c) => [c.id, c.name]));
    const changed = [...codeNames.keys()].filter((id) => !fresh.has(id));
    for (const [id, name] of fresh) if (codeNames.get(id) !== name) changed.push(id);
    codeNames.clear();
    for (const [id, name] of fresh) codeNames.set(id, name);
    return changed;
  }

  /** Pages through a table in key order, so searches are answered between pages. */
  async function forEachRecord<T extends { id: string }, I>(
    table: DexieTable<T, string, I>,
    visit: (record: T) => void,
  ): Promise<Set<string>> {
    const seen = new Set<string>();
    const size = PAGE_SIZE[table.name as Indexed];
    let last: string | null = null;
    for (;;) {
      const page: T[] = await (last === null
        ? table.orderBy(':id').limit(size).toArray()
        : table.where(':id').above(last).limit(size).toArray());
      sliceStart = performance.now();
      read += page.length;
      for (const record of page) {
        if (stopped) return seen;
        seen.add(record.id);
        visit(record);
        await breathe();
      }
      const tail = page[page.length - 1];
      if (page.length < size || !tail) return seen;
      last = tail.id;
    }
  }

  function dropUnseen(live: SearchIndex, table: Indexed, seen: ReadonlySet<string>) {
    if (stopped) return;
    for (const id of signatures.ids(table)) if (!seen.has(id)) unindex(live, table, id);
  }

  /** Indexes every record whose signature changed (or is forced) and drops the ones gone. */
  async function verifyAccounts(live: SearchIndex) {
    const seen = await forEachRecord(db.accounts, (account) => {
      if (signatures.get('accounts', account.id) !== accountSignature(account)) {
        indexAccount(live, account);
      } else {
        accounts.set(account.id, { name: account.name, cohort: account.cohort });
      }
    });
    dropUnseen(live, 'accounts', seen);
    accountsKnown = !stopped;
  }

  async function verifyInterviews(live: SearchIndex) {
    const seen = await forEachRecord(db.interviews, (interview) => {
      if (signatures.get('interviews', interview.id) !== interviewSignature(interview)) {
        indexInterview(live, interview);
      }
    });
    dropUnseen(live, 'interviews', seen);
  }

  async function verifyHighlights(live: SearchIndex, forced: ReadonlySet<string>) {
    const seen = await forEachRecord(db.highlights, (highlight) => {
      const known = signatures.get('highlights', highlight.id);
      if (forced.has(highlight.id) || known !== highlightSignature(highlight)) {
        indexHighlight(live, highlight);
      }
    });
    dropUnseen(live, 'highlights', seen);
  }

  /** Re-reads single records; one that reads as undefined was deleted. */
  async function reread<T extends object>(
    live: SearchIndex,
    table: Indexed,
    ids: readonly string[],
    readRecords: (ids: string[]) => Promise<(T | undefined)[]>,
    add: (live: SearchIndex, record: T) => void,
  ) {
    const records = await readRecords([...ids]);
    read += ids.length;
    await knowAccounts(
      records.flatMap((record) =>
        record && 'accountId' in record && typeof record.accountId === 'string'
          ? [record.accountId]
          : [],
      ),
    );
    ids.forEach((id, i) => {
      const record = records[i];
      if (record) add(live, record);
      else unindex(live, table, id);
    });
  }
  const reindexAccounts = (live: SearchIndex, ids: string[]) =>
    reread(live, 'accounts', ids, (keys) => db.accounts.bulkGet(keys), indexAccount);
  const reindexInterviews = (live: SearchIndex, ids: string[]) =>
    reread(live, 'interviews', ids, (keys) => db.interviews.bulkGet(keys), indexInterview);
  const reindexHighlights = (live: SearchIndex, ids: string[]) =>
    reread(live, 'highlights', ids, (keys) => db.highlights.bulkGet(keys), indexHighlight);

  /** Orphans of a removed account or interview go back in under their own ids. */
  async function reindexOrphans(live: SearchIndex) {
    const lostAccounts = [...removed.accounts];
    removed.accounts.clear();
    if (lostAccounts.length > 0) {
      const interviews = await db.interviews.where('accountId').anyOf(lostAccounts).toArray();
      read += interviews.length;
      for (const interview of interviews) indexInterview(live, interview);
      const highlights = await db.highlights.where('accountId').anyOf(lostAccounts).toArray();
      read += highlights.length;
      for (const highlight of highlights) indexHighlight(live, highlight);
    }
    const lostInterviews = [...removed.interviews];
    removed.interviews.clear();
    if (lostInterviews.length > 0) {
      const highlights = await db.highlights.where('interviewId').anyOf(lostInterviews).toArray();
      read += highlights.length;
      for (const highlight of highlights) indexHighlight(live, highlight);
    }
  }

  const take = (table: Table) => {
    const set = keys.get(table);
    const ids = [...(set ?? [])];
    set?.clear();
    return ids;
  };
  const pending = () =>
    logUnread || wholeTables.size > 0 || [...keys.values()].some((set) => set.size > 0);

  /**
   * Queues the records the log names after indexedSeq. Returns how far it read; the index holds
   * that much once the queue is drained.
   */
  async function readLog(): Promise<{ seq: number; at: string }> {
    logUnread = false;
    const at = new Date().toISOString();
    let seq = indexedSeq;
    for (const row of await db.changes.where('seq').above(indexedSeq).toArray()) {
      seq = row.seq;
      if (!isTable(row.table) || wholeTables.has(row.table)) continue;
      const queued = keys.get(row.table);
      for (const key of row.keys) queued?.add(key);
    }
    return { seq, at };
  }

  /** Everything queued, in dependency order: names first, then the documents that show them. */
  async function drain(live: SearchIndex): Promise<void> {
    while (!stopped && pending()) {
      const upTo = logUnread ? await readLog() : null;
      const whole = new Set(wholeTables);
      wholeTables.clear();
      if ((whole.has('interviews') || whole.has('highlights')) && !whole.has('accounts')) {
        if (!accountsKnown) whole.add('accounts');
      }
      const forced = new Set<string>();
      if (whole.has('codes') || take('codes').length > 0) {
        const renamed = await refreshCodes();
        if (renamed.length > 0) {
          for (const id of await db.highlights.where('codeIds').anyOf(renamed).primaryKeys()) {
            forced.add(id);
          }
        }
      }
      const accountIds = take('accounts');
      if (whole.has('accounts')) await verifyAccounts(live);
      else if (accountIds.length > 0) await reindexAccounts(live, accountIds);
      const interviewIds = take('interviews');
      if (whole.has('interviews')) await verifyInterviews(live);
      else if (interviewIds.length > 0) await reindexInterviews(live, interviewIds);
      const highlightIds = take('highlights');
      if (whole.has('highlights')) await verifyHighlights(live, forced);
      else if (highlightIds.length > 0 || forced.size > 0) {
        await reindexHighlights(live, [...new Set([...highlightIds, ...forced])]);
      }
      await reindexOrphans(live);
      if (upTo && !stopped && upTo.seq !== indexedSeq) {
        ({ seq: indexedSeq, at: indexedAt } = upTo);
        dirty = true;
      }
    }
  }

  function schedule() {
    if (scheduled || stopped) return;
    scheduled = true;
    work = work
      .then(async () => {
        scheduled = false;
        if (!index || stopped) return;
        draining = true;
        report();
        await drain(index).finally(() => {
          draining = false;
        });
        if (stopped) return;
        if (state === 'indexing') state = 'ready';
        report();
        schedulePersist(persistDelayMs);
      })
      .catch(fail);
  }

  function onMutated(parts: ObservabilitySet) {
    if ('all' in parts) for (const table of TABLES) wholeTables.add(table);
    const prefix = `idb://${db.name}/`;
    // Other databases, device tables (our own segments among them) and the like need no work.
    const relevant =
      'all' in parts ||
      Object.keys(parts).some((part) => {
        if (!part.startsWith(prefix)) return false;
        const [table] = part.slice(prefix.length).split('/');
        return table !== undefined && isTable(table);
      });
    if (!relevant) return;
    logUnread = true;
    schedule();
  }

  function schedulePersist(delay: number) {
    clearTimeout(persistTimer);
    if (!dirty || stopped) return;
    persistTimer = setTimeout(() => {
      const sinceSearch = performance.now() - lastSearchAt;
      if (sinceSearch < searchQuietMs) schedulePersist(searchQuietMs - sinceSearch);
      else void persist();
    }, delay);
  }

  function syncRows(replaceAll: boolean): SearchSegmentRow[] {
    const rows: SearchSegmentRow[] = [
      {
        id: 'sync',
        value: {
          kind: 'sync',
          version: SYNC_VERSION,
          indexedSeq,
          indexedAt,
          dbVersion: db.verno,
          codes: [...codeNames],
        } satisfies z.infer<typeof syncSegmentSchema>,
      },
    ];
    rows.push(...signatures.takeRows(replaceAll));
    return rows;
  }

  /** Writes the segments changed since the last save, in one transaction. */
  async function persist(): Promise<void> {
    clearTimeout(persistTimer);
    await work;
    const live = index;
    if (!dirty || stopped || !live) return;
    const taken = live.takeSegments();
    const replaceAll = taken?.replaceAll ?? false;
    const rows: SearchSegmentRow[] = [...(taken?.rows ?? []), ...syncRows(replaceAll)];
    // A change indexed while this is written sets `dirty` again and schedules its own save.
    dirty = false;
    try {
      await db.transaction('rw', db.searchSegments, async () => {
        if (replaceAll) await db.searchSegments.clear();
        await db.searchSegments.bulkPut(rows);
      });
      segmentsStored = true;
    } catch {
      // A full disk leaves the index working; the next save tries every segment again.
      taken?.restore();
      signatures.restore();
      dirty = true;
    }
    report();
  }

  async function countsMatch(): Promise<boolean> {
    const counts = await Promise.all([
      db.accounts.count(),
      db.interviews.count(),
      db.highlights.count(),
      db.codes.count(),
    ]);
    const known = [...SIGNED_TABLES.map((table) => signatures.count(table)), codeNames.size];
    return counts.every((count, i) => count === known[i]);
  }

  /** Whether a compaction since indexedAt may have dropped rows the catch-up needs. */
  async function logCutShort(): Promise<boolean> {
    const compactedAt = await getSetting(db, COMPACTED_AT_KEY);
    if (typeof compactedAt !== 'string') return false;
    const cutOff = Date.parse(compactedAt) - CHANGE_RETENTION_DAYS * DAY_MS;
    return !(cutOff < Date.parse(indexedAt));
  }

  /** The stored index and what it holds; false when there is none this code can read. */
  function loadStored(rows: readonly SearchSegmentRow[]): boolean {
    const sync = syncSegmentSchema.safeParse(rows.find((row) => row.id === 'sync')?.value);
    if (!sync.success) return false;
    const indexRows = rows.filter((row) => row.id !== 'sync' && !isSignatureRow(row));
    const loaded = loadSearchIndexSegments(indexRows);
    if (!loaded) return false;
    if (!signatures.load(rows)) return false;
    for (const [id, name] of sync.data.codes) codeNames.set(id, name);
    ({ indexedSeq, indexedAt } = sync.data);
    index = loaded;
    segmentsStored = true;
    return sync.data.dbVersion === db.verno;
  }

  async function start(): Promise<void> {
    const rows = await db.searchSegments.toArray();
    if (stopped) return;
    const sameVersion = loadStored(rows);
    if (index) {
      const counted = await countsMatch();
      state = counted ? 'ready' : 'indexing';
      // The log names every change since indexedSeq, unless something wrote around it.
      if (!counted || !sameVersion || (await logCutShort())) {
        for (const table of TABLES) wholeTables.add(table);
      }
      logUnread = true;
    } else {
      // A restore that failed half-way may have left some behind.
      signatures.clear();
      codeNames.clear();
      index = createSearchIndex();
      state = 'indexing';
      indexedSeq = await lastChangeSeq(db);
      indexedAt = new Date().toISOString();
      for (const table of TABLES) wholeTables.add(table);
    }
    // The first query compiles minisearch's search path; paying that now keeps it off the
    // user's first keystroke.
    index.search('warm up');
    report();
    schedule();
    await work;
  }

  Dexie.on('storagemutated', onMutated);
  const started = start().catch(fail);

  return {
    search(query, options) {
      lastSearchAt = performance.now();
      return index?.search(query, options) ?? [];
    },
    persist,
    async idle() {
      await started;
      await work;
    },
    stop() {
      stopped = true;
      clearTimeout(persistTimer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}
