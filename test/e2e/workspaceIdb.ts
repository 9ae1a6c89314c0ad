import type { Page } from '@playwright/test';

/*
 * Raw IndexedDB access to the open workspace, for test setup behind the app's back and for
 * waiting until a write has landed before a reload. Each function runs inside the page, so
 * it repeats the small open/get helpers rather than importing app code.
 */

/** The IndexedDB name of the workspace the registry says is current. */
export function currentWorkspaceDbName(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registry = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tourbook-registry');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const get = <T>(store: string, key: string) =>
      new Promise<T | undefined>((resolve, reject) => {
        const req = registry.transaction(store).objectStore(store).get(key);
        req.onsuccess = () => resolve(req.result as T | undefined);
        req.onerror = () => reject(req.error);
      });
    const current = await get<{ value: string }>('prefs', 'currentWorkspaceId');
    const ws = current && (await get<{ dbName: string }>('workspaces', current.value));
    registry.close();
    if (!ws) throw new Error('the registry names no current workspace');
    return ws.dbName;
  });
}

/** Every record of one store of the current workspace. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  const dbName = await currentWorkspaceDbName(page);
  return page.evaluate(
    async ({ dbName, store }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        return await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
      } finally {
        db.close();
      }
    },
    { dbName, store },
  ) as Promise<T[]>;
}

/** Writes records into one store of the current workspace in one transaction. */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  const dbName = await currentWorkspaceDbName(page);
  await page.evaluate(
    async ({ dbName, store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { dbName, store, records },
  );
}

/**
 * The stored value of one setting, or undefined. Device-local keys (src/db/tables.ts) live in
 * their own store since schema version 4, so both stores are read.
 */
export async function readSetting(page: Page, key: string): Promise<unknown> {
  for (const store of ['settings', 'deviceSettings']) {
    const settings = await readStore<{ key: string; value: unknown }>(page, store);
    const found = settings.find((setting) => setting.key === key);
    if (found) return found.value;
  }
  return undefined;
}
