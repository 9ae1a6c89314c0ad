// @vitest-environment jsdom
import type Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegistryDb } from '../../src/db/registryDb';
import { WorkspaceDb } from '../../src/db/schema';
import { snapshotsDb } from '../../src/db/snapshotsDb';
import { takeSnapshot } from '../../src/db/snapshotsRepo';
import { friendlyStorageError, STORAGE_FULL_MESSAGE } from '../../src/db/storageErrors';
import { createWorkspace, listWorkspaces } from '../../src/db/workspaceRegistry';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';

const dbs: Dexie[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/** fake-indexeddb's own abort step: rolls back the transaction's writes, then fires `abort`. */
interface FakeTransaction extends IDBTransaction {
  _abort(errorName: string): void;
}

/**
 * Makes every read-write transaction fail as Chromium does on a full disk: each write
 * succeeds, then the commit aborts the transaction with error QuotaExceededError.
 */
function failCommitsForQuota() {
  const dispatch = IDBTransaction.prototype.dispatchEvent;
  vi.spyOn(IDBTransaction.prototype, 'dispatchEvent').mockImplementation(function (
    this: FakeTransaction,
    event: Event,
  ) {
    if (event.type === 'complete' && this.mode === 'readwrite') {
      this._abort('QuotaExceededError');
      return true;
    }
    return dispatch.call(this, event);
  });
}

const demo = () => generateDemoWorkspace({ seed: 3, now: '2026-03-31T12:00:00.000Z' });

describe('full-disk errors', () => {
  it('explains a quota error, even wrapped, and leaves other errors alone', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect((friendlyStorageError(quota) as Error).message).toBe(STORAGE_FULL_MESSAGE);
    const wrapped = Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota });
    expect((friendlyStorageError(wrapped) as Error).message).toBe(STORAGE_FULL_MESSAGE);
    const other = new Error('constraint');
    expect(friendlyStorageError(other)).toBe(other);
  });

  it('reports a full disk inside a transaction in plain words and writes nothing', async () => {
    const db = new WorkspaceDb(`tourbook-ws-quota-${crypto.randomUUID()}`);
    dbs.push(db);
    const { accounts } = demo();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls === 10)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(
      db.transaction('rw', db.accounts, () => db.accounts.bulkPut(accounts)),
    ).rejects.toThrow(STORAGE_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect(await db.accounts.count()).toBe(0);
  });

  it('explains a full disk reported when an explicit transaction commits, and keeps nothing', async () => {
    const db = new WorkspaceDb(`tourbook-ws-quota-${crypto.randomUUID()}`);
    dbs.push(db);
    const { accounts } = demo();
    await db.open();
    failCommitsForQuota();
    const failure = db.transaction('rw', db.accounts, () => db.accounts.bulkPut(accounts));
    await expect(failure).rejects.toThrow(STORAGE_FULL_MESSAGE);
    // The browser's own error stays reachable for diagnosis.
    const error = (await failure.catch((e: unknown) => e)) as Error;
    expect(error.cause).toMatchObject({ name: 'AbortError' });
    vi.restoreAllMocks();
    expect(await db.accounts.count()).toBe(0);
  });

  it('explains a commit-time full disk for writes outside a transaction', async () => {
    const db = new WorkspaceDb(`tourbook-ws-quota-${crypto.randomUUID()}`);
    dbs.push(db);
    const [first, second] = demo().accounts;
    if (!first || !second) throw new Error('the demo has no accounts');
    await db.accounts.add(first);
    failCommitsForQuota();
    await expect(db.accounts.put(second)).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(db.accounts.update(first.id, { name: 'Renamed' })).rejects.toThrow(
      STORAGE_FULL_MESSAGE,
    );
    await expect(
      db.accounts.where('id').equals(first.id).modify({ name: 'Modified' }),
    ).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(db.accounts.where('id').equals(first.id).delete()).rejects.toThrow(
      STORAGE_FULL_MESSAGE,
    );
    await expect(db.accounts.clear()).rejects.toThrow(STORAGE_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect(await db.accounts.toArray()).toEqual([first]);
  });

  it('leaves other commit failures as they are', async () => {
    const db = new WorkspaceDb(`tourbook-ws-quota-${crypto.randomUUID()}`);
    dbs.push(db);
    const [first] = demo().accounts;
    if (!first) throw new Error('the demo has no accounts');
    await db.accounts.add(first);
    await expect(db.accounts.add(first)).rejects.toMatchObject({ name: 'ConstraintError' });
    await expect(
      db.transaction('rw', db.accounts, () => db.accounts.add(first)),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
  });

  it('explains a full disk in the workspace registry and in the snapshot store too', async () => {
    const registry = new RegistryDb(`registry-quota-${crypto.randomUUID()}`);
    dbs.push(registry, snapshotsDb());
    const ws = new WorkspaceDb(`tourbook-ws-quota-${crypto.randomUUID()}`);
    dbs.push(ws);
    await ws.accounts.bulkAdd(demo().accounts.slice(0, 3));
    await registry.open();
    await snapshotsDb().open();
    failCommitsForQuota();
    await expect(createWorkspace(registry, 'Second tour')).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(takeSnapshot('ws-1', ws, 'scheduled', '2026-03-31T12:00:00.000Z')).rejects.toThrow(
      STORAGE_FULL_MESSAGE,
    );
    vi.restoreAllMocks();
    expect(await listWorkspaces(registry)).toEqual([]);
    expect(await snapshotsDb().snapshots.count()).toBe(0);
    expect(await snapshotsDb().bodies.count()).toBe(0);
  });
});
