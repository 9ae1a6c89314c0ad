import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceDb } from '../../src/db/schema';
import { friendlyStorageError, STORAGE_FULL_MESSAGE } from '../../src/db/storageErrors';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';

const dbs: WorkspaceDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

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
    const { accounts } = generateDemoWorkspace({ seed: 3, now: '2026-03-31T12:00:00.000Z' });
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
});
