import { dealSchema, type Deal } from '../domain/schemas/deal';
import { withSource } from './changeLog';
import type { WorkspaceDb } from './schema';
import { checked } from './checked';

export type DealInput = Omit<
  Deal,
  'id' | 'createdAt' | 'updatedAt' | 'importId' | 'accountId' | 'crmId'
>;

export async function listDealsForAccount(db: WorkspaceDb, accountId: string): Promise<Deal[]> {
  const deals = await db.deals.where('accountId').equals(accountId).toArray();
  return deals.sort((a, b) => (b.createdOn ?? '').localeCompare(a.createdOn ?? ''));
}

export async function saveDeal(
  db: WorkspaceDb,
  accountId: string,
  input: DealInput,
  id: string | null,
  now = new Date().toISOString(),
): Promise<Deal> {
  return db.transaction('rw', db.deals, async () => {
    const existing = id ? await db.deals.get(id) : undefined;
    if (id && !existing) throw new Error('That deal no longer exists.');
    const deal = checked(dealSchema, {
      crmId: null,
      importId: null,
      // The form does not edit custom fields: an edit keeps the stored ones, a new deal has none.
      customFields: [],
      createdAt: now,
      ...existing,
      ...input,
      id: id ?? crypto.randomUUID(),
      accountId,
      updatedAt: now,
    });
    await db.deals.put(deal);
    return deal;
  });
}

export async function deleteDeal(db: WorkspaceDb, id: string): Promise<Deal | undefined> {
  return db.transaction('rw', db.deals, async () => {
    const deal = await db.deals.get(id);
    await db.deals.delete(id);
    return deal;
  });
}

/** Puts a deleted deal back exactly as it was (the Undo of a delete). */
export async function restoreDeal(db: WorkspaceDb, deal: Deal): Promise<void> {
  await withSource(db, 'undo', [db.deals], () => db.deals.put(deal));
}
