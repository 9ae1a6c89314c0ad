import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAccountDetail } from '../../src/db/accountDetailRepo';
import { listDealsForAccount, saveDeal, type DealInput } from '../../src/db/dealsRepo';
import { commitDealImport, undoImport } from '../../src/db/importRepo';
import { loadMapping, saveMapping } from '../../src/db/importSettingsRepo';
import { WorkspaceDb } from '../../src/db/schema';
import { accountSchema, type Account } from '../../src/domain/schemas/account';
import { dealSchema, type Deal } from '../../src/domain/schemas/deal';
import { detectDealMapping, type DealMapping } from '../../src/import/csv/columnMapping';
import { planDealImport, reviewDealImport } from '../../src/import/csv/importPipeline';
import { parseCsvText, type ParsedCsv } from '../../src/import/csv/parseCsv';
import { detectPreset } from '../../src/import/csv/presets';
import { accountRecord, dealRecord } from '../fixtures/records';
import { freshDb } from './freshDb';

const NOW = '2026-03-01T12:00:00.000Z';
const LATER = '2026-03-02T09:30:00.000Z';

function fixture(name: string): ParsedCsv {
  const text = readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url), 'utf8');
  const result = parseCsvText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.csv;
}

const account: Account = accountSchema.parse(
  accountRecord({
    id: 'a-vandelay',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    name: 'Vandelay Industries',
    domain: 'vandelay.com',
  }),
);

/** A deal as written before deals had custom fields: the key is absent, not empty. */
const legacyDeal: Deal = dealRecord({
  id: 'd-legacy',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  accountId: account.id,
  name: 'Vandelay - Latex import',
  crmId: 'TB-D-1',
  stage: 'open',
  amount: 30_000,
  createdOn: '2025-04-01',
});

/** What the deal form submits: it has no custom fields. */
const FORM_FIELDS: DealInput = {
  name: null,
  stage: 'open',
  amount: null,
  createdOn: null,
  closedOn: null,
  lossReason: null,
  lossCategory: null,
};

const partnerMapping = (csv: ParsedCsv): DealMapping =>
  detectDealMapping(csv.headers).map((a) =>
    a.column === 'Partner' ? { column: 'Partner', target: 'custom' } : a,
  );

async function importDeals(db: WorkspaceDb, mapping: DealMapping, update = false) {
  const csv = fixture('tourbook-deals.csv');
  const review = reviewDealImport(csv, {
    preset: detectPreset(csv.headers),
    mapping,
    existingAccounts: await db.accounts.toArray(),
    existingDeals: await db.deals.toArray(),
  });
  const decisions = update
    ? Object.fromEntries(review.duplicates.map((g) => [g.key, 'update' as const]))
    : {};
  const planned = planDealImport(review, { fileName: 'tourbook-deals.csv', now: NOW, decisions });
  if (!planned.ok) throw new Error(planned.reason);
  return { plan: planned.plan, result: await commitDealImport(db, planned.plan) };
}

describe('importing deals with a custom column', () => {
  it('stores the column on each deal, as valid records, and Undo removes them', async () => {
    const db = freshDb();
    const { plan, result } = await importDeals(db, partnerMapping(fixture('tourbook-deals.csv')));
    expect(result).toMatchObject({ created: 3, accountsCreated: 2 });

    const deals = await db.deals.toArray();
    for (const deal of deals) expect(dealSchema.parse(deal)).toEqual(deal);
    const byCrmId = new Map(deals.map((d) => [d.crmId, d.customFields]));
    expect(byCrmId).toEqual(
      new Map([
        ['TB-D-1', [{ key: 'Partner', value: 'Kramerica Reseller' }]],
        ['TB-D-2', []],
        ['TB-D-3', [{ key: 'Partner', value: 'Sitwell Partners' }]],
      ]),
    );

    await undoImport(db, plan.importId, LATER);
    expect(await db.deals.count()).toBe(0);
  });

  it('remembers the custom choice under the Tourbook deals preset only', async () => {
    const db = freshDb();
    const csv = fixture('tourbook-deals.csv');
    await saveMapping(db, 'tourbook-deals', partnerMapping(csv));
    const saved = await loadMapping(db, 'tourbook-deals');
    const mapping = detectDealMapping(csv.headers, saved);
    expect(mapping.find((a) => a.column === 'Partner')?.target).toBe('custom');
    expect(await loadMapping(db, 'salesforce-opportunities')).toBeNull();
  });
});

describe('a deal stored without customFields', () => {
  it('still loads on the account page and in its deals list', async () => {
    const db = freshDb();
    await db.accounts.add(account);
    await db.deals.add(legacyDeal);

    expect(await listDealsForAccount(db, account.id)).toEqual([legacyDeal]);
    const detail = await getAccountDetail(db, account.id);
    expect(detail?.deals).toEqual([legacyDeal]);
    expect(dealSchema.safeParse(detail?.deals[0]).success).toBe(true);
  });

  it('can be edited, and then has an empty map', async () => {
    const db = freshDb();
    await db.deals.add(legacyDeal);
    const input = { ...FORM_FIELDS, name: legacyDeal.name, stage: 'won' as const };
    const saved = await saveDeal(db, legacyDeal.accountId, input, legacyDeal.id, LATER);
    expect(saved).toMatchObject({ stage: 'won', customFields: [], crmId: 'TB-D-1' });
    expect(await db.deals.get(legacyDeal.id)).toEqual(saved);
  });

  it('gets the file’s custom fields when a re-import updates it, and Undo restores it as was', async () => {
    const db = freshDb();
    await db.accounts.add(account);
    await db.deals.add(legacyDeal);

    const { plan } = await importDeals(db, partnerMapping(fixture('tourbook-deals.csv')), true);
    expect(plan.updateDeals.map((u) => u.before.id)).toEqual(['d-legacy']);
    expect(await db.deals.get('d-legacy')).toMatchObject({
      stage: 'won',
      amount: 35_000,
      customFields: [{ key: 'Partner', value: 'Kramerica Reseller' }],
    });

    await undoImport(db, plan.importId, LATER);
    const restored = await db.deals.get('d-legacy');
    expect(restored).toEqual(legacyDeal);
    expect(restored && 'customFields' in restored).toBe(false);
  });
});

describe('editing a deal with custom fields', () => {
  it('keeps them: the form does not touch them', async () => {
    const db = freshDb();
    const partner = [{ key: 'Partner', value: 'Kramerica Reseller' }];
    const stored: Deal = { ...legacyDeal, customFields: partner };
    await db.deals.add(stored);
    const input = { ...FORM_FIELDS, name: 'Renamed' };
    const saved = await saveDeal(db, stored.accountId, input, stored.id, LATER);
    expect(saved.customFields).toEqual(partner);
  });
});
