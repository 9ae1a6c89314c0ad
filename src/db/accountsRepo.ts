import type { Account } from '../domain/schemas/account';
import type { WorkspaceDb } from './schema';

export async function listAccounts(db: WorkspaceDb): Promise<Account[]> {
  return db.accounts.orderBy('name').toArray();
}

export async function countAccounts(db: WorkspaceDb): Promise<number> {
  return db.accounts.count();
}

export async function getAccount(db: WorkspaceDb, id: string): Promise<Account | undefined> {
  return db.accounts.get(id);
}
