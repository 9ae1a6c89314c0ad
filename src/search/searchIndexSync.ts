/**
 * Keeps one workspace's search index (searchIndex.ts) in step with its database. It runs in
 * searchIndex.worker.ts, so building, catching up and snapshotting never hold up the page.
 *
 * Start-up: the snapshot in the workspace `settings` table (key 'search.snapshot') is loaded
 * when there is one; it holds the index plus a signature per indexed record (updatedAt and a few
 * shape facts). If the table counts still match the snapshot's, the index is 'ready' at once and
 * a verification pass re-indexes, in the background, whatever changed while no tab watched
 * (another version of the app, a crash before the last save). Otherwise (no snapshot, an old
 * snapshot version, other counts) the index is 'indexing' until that same pass has caught up;
 * it answers queries meanwhile with what it has.
 *
 * Changes: Dexie fires 'storagemutated' after each read-write transaction commits, in this
 * context and, through its BroadcastChannel, in every other tab and worker of the origin. So
 * writes made by the page, by other tabs and by imports all arrive here without wrapping the
 * page's Dexie instance: a DBCore middleware would have to be installed before the database
 * opens, and table hooks make every bulkPut read the old records first. The event names the
 * changed primary keys; re-indexing reads those records (a deleted one reads as undefined). A
 * write of 50 or more records is reported as the whole table and costs one verification pass
 * over that table, which skips records whose signature did not change.
 *
 * Snapshot: written 5 s after the last change, once no search has run for 2 s (stringifying a
 * large index takes a few hundred milliseconds and would delay the next keystroke's results),
 * and at once when the page asks (pagehide, tab hidden).
 */
import Dexie, { type IntervalTree, type ObservabilitySet, type Table as DexieTable } from 'dexie';
import { z } from 'zod';
import type { Account } from '../domain/schemas/account';
import type { Cohort } from '../domain/schemas/cohort';
import type { Highlight } from '../domain/schemas/highlight';
import type { Interview } from '../domain/schemas/interview';
import type { WorkspaceDb } from '../db/schema';
import { getSetting, putSetting } from '../db/settingsRepo';
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchGroup,
  type SearchIndex,
  type SearchOptions,
} from './searchIndex';

export const SEARCH_SNAPSHOT_KEY = 'search.snapshot';

export type SearchIndexState = 'loading' | 'indexing' | 'ready' | 'unavailable';

export interface SearchIndexStatus {
  state: SearchIndexState;
  documents: number;
  /** True when the stored snapshot holds every change so far. */
  saved: boolean;
  /** True while changes (or the start-up verification) are being indexed. */
  syncing: boolean;
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
type Indexed = 'accounts' | 'interviews' | 'highlights';

/** Bump when signatures change meaning, so older snapshots are verified from scratch. */
const SNAPSHOT_VERSION = 1;
const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  index: z.string(),
  accounts: z.array(z.tuple([z.string(), z.string()])),
  interviews: z.array(z.tuple([z.string(), z.string()])),
  highlights: z.array(z.tuple([z.string(), z.string()])),
  codes: z.array(z.tuple([z.string(), z.string()])),
});
type Snapshot = z.infer<typeof snapshotSchema>;

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

/** Primary keys named in one table's part of a storagemutated event; null when it is a range. */
function changedKeys(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  const stack: IntervalTree[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function startSearchIndexSync(
  db: WorkspaceDb,
  { onStatus, persistDelayMs = 5000, searchQuietMs = 2000 }: SearchIndexSyncOptions,
): SearchIndexSync {
  let index: SearchIndex | null = null;
  let state: SearchIndexState = 'loading';
  let stopped = false;
  /** The index holds changes the stored snapshot does not (or there is no snapshot). */
  let dirty = false;
  let snapshotStored = false;
  let lastSearchAt = -Infinity;
  let persistTimer: ReturnType<typeof setTimeout> | undefined;

  const accounts = new Map<string, AccountFacts>();
  const codeNames = new Map<string, string>();
  const signatures: Record<Indexed, Map<string, string>> = {
    accounts: new Map(),
    interviews: new Map(),
    highlights: new Map(),
  };
  // Removing an account or interview from the index takes its documents with it; any that
  // are still in the database (orphans) are indexed again on their own.
  const removed: Record<'accounts' | 'interviews', Set<string>> = {
    accounts: new Set(),
    interviews: new Set(),
  };

  // Changes waiting to be indexed: whole tables to verify, or single keys to re-read.
  const wholeTables = new Set<Table>();
  const keys = new Map<Table, Set<string>>(TABLES.map((t) => [t, new Set<string>()]));
  let work: Promise<void> = Promise.resolve();
  let scheduled = false;
  let draining = false;

  const report = () =>
    onStatus({
      state,
      documents: index?.documentCount ?? 0,
      saved: snapshotStored && !dirty,
      syncing: draining,
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

  function indexAccount(live: SearchIndex, account: Account) {
    accounts.set(account.id, { name: account.name, cohort: account.cohort });
    live.addAccount(account);
    signatures.accounts.set(account.id, accountSignature(account));
    dirty = true;
  }

  function indexInterview(live: SearchIndex, interview: Interview) {
    const { name, cohort } = facts(interview.accountId);
    live.addInterview(interview, name, cohort);
    signatures.interviews.set(interview.id, interviewSignature(interview));
    dirty = true;
  }

  function indexHighlight(live: SearchIndex, highlight: Highlight) {
    const { name, cohort } = facts(highlight.accountId);
    const codes = highlight.codeIds.flatMap((id) => codeNames.get(id) ?? []);
    live.addHighlight(highlight, name, cohort, codes);
    signatures.highlights.set(highlight.id, highlightSignature(highlight));
    dirty = true;
  }

  const ENTITY = { accounts: 'account', interviews: 'interview', highlights: 'highlight' } as const;

  function unindex(live: SearchIndex, table: Indexed, id: string) {
    if (!signatures[table].delete(id)) return;
    live.remove(ENTITY[table], id);
    if (table === 'accounts') accounts.delete(id);
    if (table !== 'highlights') removed[table].add(id);
    dirty = true;
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
    for (const id of [...signatures[table].keys()]) if (!seen.has(id)) unindex(live, table, id);
  }

  /** Indexes every record whose signature changed (or is forced) and drops the ones gone. */
  async function verifyAccounts(live: SearchIndex) {
    const seen = await forEachRecord(db.accounts, (account) => {
      if (signatures.accounts.get(account.id) !== accountSignature(account)) {
        indexAccount(live, account);
      } else {
        accounts.set(account.id, { name: account.name, cohort: account.cohort });
      }
    });
    dropUnseen(live, 'accounts', seen);
  }

  async function verifyInterviews(live: SearchIndex) {
    const seen = await forEachRecord(db.interviews, (interview) => {
      if (signatures.interviews.get(interview.id) !== interviewSignature(interview)) {
        indexInterview(live, interview);
      }
    });
    dropUnseen(live, 'interviews', seen);
  }

  async function verifyHighlights(live: SearchIndex, forced: ReadonlySet<string>) {
    const seen = await forEachRecord(db.highlights, (highlight) => {
      const known = signatures.highlights.get(highlight.id);
      if (forced.has(highlight.id) || known !== highlightSignature(highlight)) {
        indexHighlight(live, highlight);
      }
    });
    dropUnseen(live, 'highlights', seen);
  }

  /** Re-reads single records; one that reads as undefined was deleted. */
  async function reread<T>(
    live: SearchIndex,
    table: Indexed,
    ids: readonly string[],
    read: (ids: string[]) => Promise<(T | undefined)[]>,
    add: (live: SearchIndex, record: T) => void,
  ) {
    const records = await read([...ids]);
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
      for (const interview of interviews) indexInterview(live, interview);
      const highlights = await db.highlights.where('accountId').anyOf(lostAccounts).toArray();
      for (const highlight of highlights) indexHighlight(live, highlight);
    }
    const lostInterviews = [...removed.interviews];
    removed.interviews.clear();
    if (lostInterviews.length > 0) {
      const highlights = await db.highlights.where('interviewId').anyOf(lostInterviews).toArray();
      for (const highlight of highlights) indexHighlight(live, highlight);
    }
  }

  const take = (table: Table) => {
    const set = keys.get(table);
    const ids = [...(set ?? [])];
    set?.clear();
    return ids;
  };
  const pending = () => wholeTables.size > 0 || [...keys.values()].some((set) => set.size > 0);

  /** Everything queued, in dependency order: names first, then the documents that show them. */
  async function drain(live: SearchIndex): Promise<void> {
    while (!stopped && pending()) {
      const whole = new Set(wholeTables);
      wholeTables.clear();
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
    // Other databases, settings (our own snapshot among them) and the like need no work.
    let relevant = 'all' in parts;
    for (const [part, tree] of Object.entries(parts)) {
      if (!part.startsWith(prefix)) continue;
      const [table, indexName] = part.slice(prefix.length).split('/');
      // The '' part lists primary keys; the index parts add nothing we need.
      if (table === undefined || indexName !== '' || !isTable(table)) continue;
      const ids = changedKeys(tree);
      if (ids === null) wholeTables.add(table);
      else for (const id of ids) keys.get(table)?.add(id);
      relevant = true;
    }
    if (relevant) schedule();
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

  async function persist(): Promise<void> {
    clearTimeout(persistTimer);
    await work;
    const live = index;
    if (!dirty || stopped || !live) return;
    const snapshot: Snapshot = {
      version: SNAPSHOT_VERSION,
      index: JSON.stringify(live),
      accounts: [...signatures.accounts],
      interviews: [...signatures.interviews],
      highlights: [...signatures.highlights],
      codes: [...codeNames],
    };
    // A change indexed while this is written sets `dirty` again and schedules its own save.
    dirty = false;
    try {
      await putSetting(db, SEARCH_SNAPSHOT_KEY, snapshot);
      snapshotStored = true;
    } catch {
      // A full disk leaves the index working; the next start-up rebuilds instead of loading.
      dirty = true;
    }
    report();
  }

  async function countsMatch(snapshot: Snapshot): Promise<boolean> {
    const counts = await Promise.all([
      db.accounts.count(),
      db.interviews.count(),
      db.highlights.count(),
      db.codes.count(),
    ]);
    const stored = [snapshot.accounts, snapshot.interviews, snapshot.highlights, snapshot.codes];
    return counts.every((count, i) => count === stored[i]?.length);
  }

  async function start(): Promise<void> {
    const stored = snapshotSchema.safeParse(await getSetting(db, SEARCH_SNAPSHOT_KEY));
    const loaded = stored.success ? loadSearchIndex(stored.data.index) : null;
    if (stopped) return;
    if (stored.success && loaded) {
      const snapshot = stored.data;
      for (const table of ['accounts', 'interviews', 'highlights'] as const) {
        for (const [id, signature] of snapshot[table]) signatures[table].set(id, signature);
      }
      for (const [id, name] of snapshot.codes) codeNames.set(id, name);
      index = loaded;
      snapshotStored = true;
      state = (await countsMatch(snapshot)) ? 'ready' : 'indexing';
    } else {
      index = createSearchIndex();
      state = 'indexing';
    }
    // The first query compiles minisearch's search path; paying that now keeps it off the
    // user's first keystroke.
    index.search('warm up');
    report();
    for (const table of TABLES) wholeTables.add(table);
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
