import { accountSchema, type Account } from '../domain/schemas/account';
import type { Cohort } from '../domain/schemas/cohort';
import type { WorkspaceDb } from './schema';
import { checked } from './checked';
import { subscribeToRecords } from './liveRecords';
import { recordAdder } from './recordWrites';

/** The order of the name index: names by code unit, ties by id. */
const byName = (a: Account, b: Account) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Every account by name. Read through the primary key and sorted here: a live query over the
 * name index records each of its keys to watch (150 ms at 50,000 accounts, after every
 * write), the primary key just the whole table.
 */
export async function listAccounts(db: WorkspaceDb): Promise<Account[]> {
  return (await db.accounts.toArray()).sort(byName);
}

/**
 * Every account by name, as listAccounts, then again after each write to accounts, patched
 * from the change log: at 50,000 accounts an edit no longer reads and clones them all.
 */
export function subscribeToAccounts(
  db: WorkspaceDb,
  onAccounts: (accounts: readonly Account[]) => void,
  onError: (error: unknown) => void,
): () => void {
  return subscribeToRecords(db, db.accounts, byName, onAccounts, onError);
}

export async function countAccounts(db: WorkspaceDb): Promise<number> {
  return db.accounts.count();
}

export async function getAccount(db: WorkspaceDb, id: string): Promise<Account | undefined> {
  return db.accounts.get(id);
}

/** A cohort chosen by hand is marked manual, so rule suggestions never overwrite it. */
export async function setAccountCohort(
  db: WorkspaceDb,
  id: string,
  cohort: Cohort | null,
  now = new Date().toISOString(),
): Promise<void> {
  const changed = await db.accounts.update(id, {
    cohort,
    cohortSource: cohort ? 'manual' : null,
    updatedAt: now,
  });
  if (changed === 0) throw new Error('That account no longer exists.');
}

export type AccountInput = Omit<Account, 'id' | 'createdAt' | 'updatedAt' | 'importId'>;

export const createAccount = recordAdder(
  (db) => db.accounts,
  accountSchema,
  (input: AccountInput) => ({ ...input, importId: null }),
);

export async function updateAccount(
  db: WorkspaceDb,
  id: string,
  input: AccountInput,
  now = new Date().toISOString(),
): Promise<Account> {
  return db.transaction('rw', db.accounts, async () => {
    const existing = await db.accounts.get(id);
    if (!existing) throw new Error('That account no longer exists.');
    const account = checked(accountSchema, { ...existing, ...input, id, updatedAt: now });
    await db.accounts.put(account);
    return account;
  });
}
