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
  if (!isQuotaError(error)) return error;
  return new Error(STORAGE_FULL_MESSAGE, { cause: error });
}

/**
 * Every write through this database reports a full disk in plain words. Transactions stay
 * all-or-nothing (IndexedDB aborts them), so there is never a partial write to clean up.
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
}
