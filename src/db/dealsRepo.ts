import { dealSchema, type Deal } from '../domain/schemas/deal';
import type { WorkspaceDb } from './schema';
import { deleteReturning, saveAccountRecord } from './recordWrites';

export type DealInput = Omit<
  Deal,
  'id' | 'createdAt' | 'updatedAt' | 'importId' | 'accountId' | 'crmId'
>;

export async function listDealsForAccount(db: WorkspaceDb, accountId: string): Promise<Deal[]> {
  const deals = await db.deals.where('accountId').equals(accountId).toArray();
  return deals.sort((a, b) => (b.createdOn ?? '').localeCompare(a.createdOn ?? ''));
}

export function saveDeal(
  db: WorkspaceDb,
  accountId: string,
  input: DealInput,
  id: string | null,
  now = new Date().toISOString(),
  newId?: string,
): Promise<Deal> {
  return saveAccountRecord(db, db.deals, dealSchema, {
    accountId,
    input,
    id,
    now,
    newId,
    missing: 'That deal no longer exists.',
    // The form does not edit custom fields: an edit keeps the stored ones, a new deal has none.
    defaults: { crmId: null, importId: null, customFields: [] },
  });
}

export function deleteDeal(db: WorkspaceDb, id: string): Promise<Deal | undefined> {
  return deleteReturning(db, db.deals, id);
}
