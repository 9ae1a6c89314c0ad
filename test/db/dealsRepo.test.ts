import { describe, expect, it } from 'vitest';
import { deleteDeal, listDealsForAccount, saveDeal, type DealInput } from '../../src/db/dealsRepo';
import type { Deal } from '../../src/domain/schemas/deal';
import { freshDb } from './freshDb';
import { restoreDeleted } from '../../src/db/recordUndo';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

const input = (overrides: Partial<DealInput> = {}): DealInput => ({
  name: 'Acme renewal',
  stage: 'lost',
  amount: 12_000,
  createdOn: '2026-01-02',
  closedOn: '2026-02-01',
  lossReason: 'Missing Salesforce integration',
  lossCategory: 'product',
  ...overrides,
});

/** A deal as a CRM import stores it: with its CRM id and import. */
const imported: Deal = {
  id: 'd-imported',
  createdAt: AT,
  updatedAt: AT,
  accountId: 'acme',
  name: 'Acme expansion',
  crmId: '006XYZ',
  stage: 'open',
  amount: 5_000,
  createdOn: '2026-01-15',
  closedOn: null,
  lossReason: null,
  lossCategory: null,
  importId: 'imp-1',
};

describe('saveDeal', () => {
  it('adds a deal to the account with a fresh id, no CRM id and no import', async () => {
    const db = freshDb();
    const deal = await saveDeal(db, 'acme', input(), null, AT);
    expect(deal).toMatchObject({
      accountId: 'acme',
      name: 'Acme renewal',
      stage: 'lost',
      amount: 12_000,
      lossCategory: 'product',
      crmId: null,
      importId: null,
      createdAt: AT,
      updatedAt: AT,
    });
    const other = await saveDeal(db, 'acme', input(), null, AT);
    expect(other.id).not.toBe(deal.id);
    expect(await db.deals.get(deal.id)).toEqual(deal);
  });

  it('edits an imported deal and keeps its CRM id, import and creation time', async () => {
    const db = freshDb();
    await db.deals.add(imported);
    const edited = await saveDeal(
      db,
      'acme',
      input({ name: 'Acme expansion', stage: 'won', lossReason: null, lossCategory: null }),
      'd-imported',
      LATER,
    );
    expect(edited).toMatchObject({
      id: 'd-imported',
      stage: 'won',
      crmId: '006XYZ',
      importId: 'imp-1',
      createdAt: AT,
      updatedAt: LATER,
    });
    expect(await db.deals.count()).toBe(1);
    expect(await db.deals.get('d-imported')).toEqual(edited);
  });

  it('says so when the deal was deleted meanwhile, and does not recreate it', async () => {
    const db = freshDb();
    await expect(saveDeal(db, 'acme', input(), 'gone', LATER)).rejects.toThrow(
      'That deal no longer exists.',
    );
    expect(await db.deals.count()).toBe(0);
  });

  it.each([
    [{ amount: -1 }, 'Amount cannot be negative.'],
    [{ createdOn: '02/01/2026' }, 'Use a date like 2026-03-31.'],
    [{ stage: 'closed' as DealInput['stage'] }, 'Stage must be won, lost or open.'],
    [
      { lossCategory: 'sales' as DealInput['lossCategory'] },
      'Loss category must be product, process or external.',
    ],
  ])('refuses %o with “%s” and stores nothing', async (patch, message) => {
    const db = freshDb();
    await expect(saveDeal(db, 'acme', input(patch), null, AT)).rejects.toThrow(message);
    expect(await db.deals.count()).toBe(0);
  });

  it('refuses an invalid edit and leaves the stored deal as it was', async () => {
    const db = freshDb();
    await db.deals.add(imported);
    await expect(
      saveDeal(db, 'acme', input({ amount: Number.NaN }), 'd-imported', LATER),
    ).rejects.toThrow('Amount must be a number.');
    expect(await db.deals.get('d-imported')).toEqual(imported);
  });
});

describe('listDealsForAccount', () => {
  it('lists only that account’s deals, newest first and undated ones last', async () => {
    const db = freshDb();
    const old = await saveDeal(db, 'acme', input({ createdOn: '2025-06-01' }), null, AT);
    const undated = await saveDeal(db, 'acme', input({ createdOn: null }), null, AT);
    const recent = await saveDeal(db, 'acme', input({ createdOn: '2026-02-10' }), null, AT);
    await saveDeal(db, 'globex', input({ createdOn: '2026-03-01' }), null, AT);
    expect((await listDealsForAccount(db, 'acme')).map((d) => d.id)).toEqual([
      recent.id,
      old.id,
      undated.id,
    ]);
    expect(await listDealsForAccount(db, 'initech')).toEqual([]);
  });
});

describe('deleteDeal', () => {
  it('deletes a deal and Undo puts it back exactly as it was, import link included', async () => {
    const db = freshDb();
    await db.deals.add(imported);
    const deleted = await deleteDeal(db, 'd-imported');
    expect(deleted).toEqual(imported);
    expect(await listDealsForAccount(db, 'acme')).toEqual([]);
    if (!deleted) throw new Error('Expected the deleted deal back.');
    await restoreDeleted(db, db.deals, deleted);
    expect(await listDealsForAccount(db, 'acme')).toEqual([imported]);
  });

  it('returns nothing when deleting a deal that is already gone', async () => {
    const db = freshDb();
    await db.deals.add(imported);
    expect(await deleteDeal(db, 'gone')).toBeUndefined();
    expect(await db.deals.count()).toBe(1);
  });
});
