import type Dexie from 'dexie';

export const STORAGE_FULL_MESSAGE =
  'The browser’s storage for Tourbook is full, so nothing from this change was saved. Free some space (delete an old workspace or snapshot, or clear other site data) and try again.';

function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  // Dexie wraps the browser's error (AbortError → inner QuotaExceededError); follow the chain.
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { name?: string; inner?: unknown; cause?: unknown };
    if (e.name === 'QuotaExceededError') return true;
    current = e.inner ?? e.cause;
  }
  return false;
}

/** The same failure, with a message a user can act on when the disk quota is the cause. */
export function friendlyStorageError(error: unknown): unknown {
  // Several layers below map the same failure; the first one's message stands.
  if (error instanceof Error && error.message === STORAGE_FULL_MESSAGE) return error;
  if (!isQuotaError(error)) return error;
  return new Error(STORAGE_FULL_MESSAGE, { cause: error });
}

type AnyMethod = (this: unknown, ...args: unknown[]) => Promise<unknown>;

/** Rewrites the method on `target` so a quota failure it rejects with reads in plain words. */
function explainRejections(target: object, names: readonly string[]): void {
  const methods = target as Record<string, AnyMethod>;
  for (const name of names) {
    const original = methods[name];
    if (typeof original !== 'function') {
      throw new Error(`Dexie no longer has ${name}(); storageErrors.ts must be updated.`);
    }
    methods[name] = function (this: unknown, ...args: unknown[]) {
      // Dexie's own promise keeps its .catch, so the transaction zone carries on unchanged.
      return original.apply(this, args).catch((error: unknown) => {
        throw friendlyStorageError(error);
      });
    };
  }
}

/**
 * Writes that Dexie runs in a transaction of their own when called outside db.transaction():
 * their promise settles only once that transaction has committed, so a commit-time failure
 * rejects them.
 */
const TABLE_WRITES = [
  'add',
  'bulkAdd',
  'put',
  'bulkPut',
  'update',
  'bulkUpdate',
  'upsert',
  'delete',
  'bulkDelete',
  'clear',
] as const;
const COLLECTION_WRITES = ['modify', 'delete'] as const;

/**
 * Every write through this database reports a full disk in plain words. Transactions stay
 * all-or-nothing (IndexedDB aborts them), so there is never a partial write to clean up.
 *
 * A full disk shows up in two places. A single write can fail (its request's error), which
 * the DBCore middleware below maps. More often, Chromium accepts every write and then fails
 * the commit: the transaction aborts with error QuotaExceededError, after every write's own
 * promise has already resolved. DBCore cannot rewrite that rejection (Dexie builds it from the
 * IDBTransaction's abort event itself), so the promises that wait for the commit are mapped
 * too: db.transaction(), and the table and collection writes that open a transaction of their
 * own. This uses the per-database prototypes Dexie offers for add-ons (db.Table.prototype,
 * db.Collection.prototype), so other databases on the page are untouched.
 */
export function explainQuotaErrors(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'tourbook-quota-messages',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).catch((error: unknown) => {
              throw friendlyStorageError(error);
            }),
        };
      },
    }),
  });
  explainRejections(db, ['transaction']);
  explainRejections(db.Table.prototype, TABLE_WRITES);
  explainRejections(db.Collection.prototype, COLLECTION_WRITES);
}
