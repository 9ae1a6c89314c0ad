import { describe, expect, it } from 'vitest';
import {
  planWrittenAt,
  type AccountImportPlan,
  type DealImportPlan,
} from '../../src/domain/importPlan';
import { accountRecord, dealRecord } from '../fixtures/records';

const REVIEWED = '2026-03-01T09:00:00.000Z';
const WRITTEN = '2026-03-01T09:04:30.000Z';
const STORED = '2025-11-20T12:00:00.000Z';

const storedAccount = accountRecord({ id: 'acc-stored', name: 'Acme', updatedAt: STORED });
const storedDeal = dealRecord({ id: 'deal-stored', accountId: 'acc-stored', updatedAt: STORED });

function accountPlan(): AccountImportPlan {
  return {
    kind: 'accounts',
    importId: 'imp-1',
    fileName: 'accounts.csv',
    preset: 'generic',
    rowCount: 3,
    now: REVIEWED,
    skipped: 1,
    createAccounts: [
      accountRecord({
        id: 'acc-new',
        name: 'Brightlogic',
        createdAt: REVIEWED,
        updatedAt: REVIEWED,
      }),
    ],
    updateAccounts: [
      { before: storedAccount, after: { ...storedAccount, arr: 1200, updatedAt: REVIEWED } },
    ],
  };
}

function dealPlan(): DealImportPlan {
  return {
    ...accountPlan(),
    kind: 'deals',
    createDeals: [
      dealRecord({
        id: 'deal-new',
        accountId: 'acc-new',
        createdAt: REVIEWED,
        updatedAt: REVIEWED,
      }),
    ],
    updateDeals: [
      { before: storedDeal, after: { ...storedDeal, amount: 900, updatedAt: REVIEWED } },
    ],
  };
}

describe('an import plan written later than it was reviewed', () => {
  it('stamps the records it creates and updates with the time they are written', () => {
    const plan = planWrittenAt(accountPlan(), WRITTEN);

    expect(plan.now).toBe(WRITTEN);
    expect(plan.createAccounts[0]).toMatchObject({ createdAt: WRITTEN, updatedAt: WRITTEN });
    expect(plan.updateAccounts[0]?.after.updatedAt).toBe(WRITTEN);
  });

  it('keeps the ids, the values, the counts and the before-images the review showed', () => {
    const reviewed = accountPlan();
    const plan = planWrittenAt(reviewed, WRITTEN);

    expect(plan.importId).toBe('imp-1');
    expect(plan.skipped).toBe(1);
    expect(plan.createAccounts.map((a) => [a.id, a.name])).toEqual([['acc-new', 'Brightlogic']]);
    expect(plan.updateAccounts[0]?.after.arr).toBe(1200);
    // The before-image is what the commit checks against the stored record: never restamped.
    expect(plan.updateAccounts[0]?.before).toBe(storedAccount);
    expect(plan.updateAccounts[0]?.before.updatedAt).toBe(STORED);
  });

  it('leaves the reviewed plan as it was, so a failed commit can be tried again', () => {
    const reviewed = accountPlan();
    planWrittenAt(reviewed, WRITTEN);

    expect(reviewed.now).toBe(REVIEWED);
    expect(reviewed.createAccounts[0]?.createdAt).toBe(REVIEWED);
    expect(reviewed.updateAccounts[0]?.after.updatedAt).toBe(REVIEWED);
  });

  it('stamps the deals of a deal import and the accounts it creates for them', () => {
    const plan = planWrittenAt(dealPlan(), WRITTEN);

    expect(plan.kind).toBe('deals');
    expect(plan.createAccounts[0]?.createdAt).toBe(WRITTEN);
    expect(plan.createDeals[0]).toMatchObject({
      id: 'deal-new',
      accountId: 'acc-new',
      createdAt: WRITTEN,
      updatedAt: WRITTEN,
    });
    expect(plan.updateDeals[0]?.after).toMatchObject({ amount: 900, updatedAt: WRITTEN });
    expect(plan.updateDeals[0]?.before.updatedAt).toBe(STORED);
  });
});
