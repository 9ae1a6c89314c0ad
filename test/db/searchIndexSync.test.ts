import { afterEach, describe, expect, it } from 'vitest';
import { COMPACTED_AT_KEY } from '../../src/db/changeCompaction';
import type { WorkspaceDb } from '../../src/db/schema';
import { putSetting } from '../../src/db/settingsRepo';
import {
  startSearchIndexSync,
  type SearchIndexStatus,
  type SearchIndexSync,
} from '../../src/search/searchIndexSync';
import { accountRecord, highlightRecord, interviewRecord } from '../fixtures/records';
import { freshDb } from './freshDb';

const QUOTES = 60;

/** One account, one interview and QUOTES quotes, "pricing N" each, written through Dexie. */
async function seeded(): Promise<WorkspaceDb> {
  const db = freshDb();
  await db.accounts.put(accountRecord({ id: 'acme', name: 'Acme Analytics' }));
  await db.interviews.put(
    interviewRecord({ id: 'i1', accountId: 'acme', notes: 'Pricing came up first.' }),
  );
  await db.highlights.bulkPut(
    Array.from({ length: QUOTES }, (_, n) =>
      highlightRecord({ id: `h${n}`, interviewId: 'i1', accountId: 'acme', exact: `pricing ${n}` }),
    ),
  );
  return db;
}

const running: SearchIndexSync[] = [];
afterEach(() => {
  for (const sync of running.splice(0)) sync.stop();
});

/** Starts a sync, waits until it has caught up, and keeps its last status. */
async function started(db: WorkspaceDb) {
  let status: SearchIndexStatus | null = null;
  const sync = startSearchIndexSync(db, {
    onStatus: (next) => {
      status = next;
    },
    persistDelayMs: 60_000,
  });
  running.push(sync);
  await sync.idle();
  return { sync, status: () => status };
}

const quoteIds = (sync: SearchIndexSync, query: string) =>
  sync
    .search(query, { limitPerKind: 1_000 })
    .flatMap((group) => (group.kind === 'quote' ? group.hits.map((hit) => hit.id) : []));

/** Indexes the database, saves it, and stops: what the last tab left behind. */
async function savedAndStopped(db: WorkspaceDb) {
  const first = await started(db);
  await first.sync.persist();
  expect(first.status()?.saved).toBe(true);
  first.sync.stop();
}

describe('search index sync', () => {
  it('saves the index in segments and starts from them without reading the records', async () => {
    const db = await seeded();
    await savedAndStopped(db);
    const rows = await db.searchSegments.toArray();
    expect(rows.length).toBeGreaterThan(3);

    const next = await started(db);
    expect(next.status()).toMatchObject({ state: 'ready', read: 0, reindexed: 0, syncing: false });
    expect(quoteIds(next.sync, 'pricing')).toHaveLength(QUOTES);
  });

  it('catches up on a change to 3 records by re-indexing those 3, and saves only their segments', async () => {
    const db = await seeded();
    await savedAndStopped(db);
    const before = new Map((await db.searchSegments.toArray()).map((r) => [r.id, r.value]));

    const changed = ['h3', 'h4', 'h5'].map((id) =>
      highlightRecord({ id, interviewId: 'i1', accountId: 'acme', exact: `renewal ${id}` }),
    );
    await db.highlights.bulkPut(changed);
    const next = await started(db);
    expect(next.status()).toMatchObject({ read: 3, reindexed: 3 });
    expect(quoteIds(next.sync, 'renewal').sort()).toEqual(['quote:h3', 'quote:h4', 'quote:h5']);
    expect(quoteIds(next.sync, 'pricing')).toHaveLength(QUOTES - 3);

    await next.sync.persist();
    const after = await db.searchSegments.toArray();
    const changedRows = after.filter(
      (row) => JSON.stringify(row.value) !== JSON.stringify(before.get(row.id)),
    );
    expect(changedRows.length).toBeGreaterThan(0);
    expect(changedRows.length).toBeLessThan(after.length / 4);
  });

  it("follows changes while it runs, the quote's account name included", async () => {
    const db = await seeded();
    const { sync, status } = await started(db);
    const counted = status()?.reindexed ?? 0;
    const readBefore = status()?.read ?? 0;
    await db.accounts.put(accountRecord({ id: 'globex', name: 'Globex' }));
    await db.highlights.put(
      highlightRecord({ id: 'g1', interviewId: 'i1', accountId: 'globex', exact: 'renewal' }),
    );
    await db.highlights.delete('h1');
    await sync.idle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await sync.idle();
    expect(status()?.reindexed).toBe(counted + 3);
    // The new account, its quote, and the deleted quote (read as gone).
    expect(status()?.read).toBe(readBefore + 3);
    const [quote] = sync.search('renewal').flatMap((group) => group.hits);
    expect(quote?.title).toBe('Globex');
    expect(quoteIds(sync, 'pricing')).not.toContain('quote:h1');
  });

  it('reads every record again when a write went around the change log', async () => {
    const db = await seeded();
    await savedAndStopped(db);
    // A raw write, as an older version of the app or a bench seeding would make.
    const raw = highlightRecord({ id: 'hx', interviewId: 'i1', accountId: 'acme', exact: 'raw' });
    await db.transaction('rw', db.highlights, (tx) => {
      tx.idbtrans.objectStore('highlights').put(raw);
    });
    const next = await started(db);
    expect(quoteIds(next.sync, 'raw')).toEqual(['quote:hx']);
    expect(next.status()).toMatchObject({ reindexed: 1, read: 1 + 1 + QUOTES + 1 });
  });

  it('reads every record again when the log was compacted past what the index holds', async () => {
    const db = await seeded();
    await savedAndStopped(db);
    await putSetting(db, COMPACTED_AT_KEY, new Date(Date.now() + 40 * 86_400_000).toISOString());
    await db.highlights.update('h2', { updatedAt: '2026-02-01T00:00:00.000Z' });
    await db.changes.clear();
    const next = await started(db);
    // The signature pass reads every record and finds the one whose signature changed.
    expect(next.status()).toMatchObject({ reindexed: 1, read: 1 + 1 + QUOTES });
    expect(quoteIds(next.sync, 'pricing')).toHaveLength(QUOTES);
  });
});
