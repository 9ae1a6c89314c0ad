import { describe, expect, it } from 'vitest';
import { BACKUP_TABLE_NAMES, parseBackup } from '../../src/domain/backupFormat';
import { accountSchema } from '../../src/domain/schemas/account';
import { dealSchema, type Deal } from '../../src/domain/schemas/deal';
import {
  checkDealMapping,
  detectDealMapping,
  type ColumnAssignment,
  type DealMapping,
} from '../../src/import/csv/columnMapping';
import { planDealImport, reviewDealImport } from '../../src/import/csv/importPipeline';
import type { ParsedCsv } from '../../src/import/csv/parseCsv';
import { DEAL_FIELDS, PRESETS, detectPreset } from '../../src/import/csv/presets';
import { formatRowError } from '../../src/import/csv/rowErrors';
import { validateDealRows } from '../../src/import/csv/validateRows';
import { accountRecord, dealRecord, pairsOf } from '../fixtures/records';
import { csvOf, csvFixture as fixture } from '../fixtures/csv/parsedCsv';

const NOW = '2026-03-01T12:00:00.000Z';

const targets = <T extends string>(mapping: ColumnAssignment<T>[]) =>
  Object.fromEntries(mapping.map(({ column, target }) => [column, target]));

/** The guess, with the named columns kept as custom fields, as a user would pick them. */
const withCustom = (csv: ParsedCsv, ...columns: string[]): DealMapping =>
  detectDealMapping(csv.headers).map((a) =>
    columns.includes(a.column) ? { column: a.column, target: 'custom' } : a,
  );

const EMPTY_ACCOUNT = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const storedDeal = (overrides: Partial<Deal> = {}): Deal =>
  dealRecord({
    id: 'd-old',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    accountId: 'a-1',
    name: 'Old deal',
    crmId: 'TB-D-1',
    stage: 'open',
    ...overrides,
  });

describe('the Tourbook deals preset', () => {
  it('is detected from the deal field names, however they are cased', () => {
    const headers = fixture('tourbook-deals.csv').headers;
    expect(detectPreset(headers)).toBe('tourbook-deals');
    expect(PRESETS['tourbook-deals'].kind).toBe('deals');
    expect(detectPreset(['Account Name', 'STAGE', 'closed_on', 'loss reason'])).toBe(
      'tourbook-deals',
    );
  });

  it('leaves the other presets alone', () => {
    expect(detectPreset(fixture('salesforce-opportunities.csv').headers)).toBe(
      'salesforce-opportunities',
    );
    expect(detectPreset(fixture('generic-accounts.csv').headers)).toBe('tourbook-accounts');
    // A tie between the two Tourbook CSVs reads as accounts, as unknown files always have.
    expect(detectPreset(['name', 'crmId'])).toBe('tourbook-accounts');
  });

  it('maps every deal field column to itself and leaves an extra column for the user', () => {
    const mapping = detectDealMapping(fixture('tourbook-deals.csv').headers);
    // The file describes deals only; the account-describing fields stay unmapped.
    const dealOnly = DEAL_FIELDS.filter(
      (field) => !/^account(Industry|Employees|Region)$/.test(field),
    );
    expect(targets(mapping)).toEqual({
      ...Object.fromEntries(dealOnly.map((field) => [field, field])),
      Partner: 'ignore',
    });
  });

  it('remembers a custom-field choice from a saved mapping', () => {
    const headers = fixture('tourbook-deals.csv').headers;
    const mapping = detectDealMapping(headers, [{ column: 'Partner', target: 'custom' }]);
    expect(targets(mapping).Partner).toBe('custom');
  });
});

describe('deal custom fields in the mapping', () => {
  it('allows several custom columns without calling them a field mapped twice', () => {
    const mapping: DealMapping = [
      { column: 'Account', target: 'accountName' },
      { column: 'Partner', target: 'custom' },
      { column: 'Region', target: 'custom' },
    ];
    expect(checkDealMapping(mapping, ['Account', 'Partner', 'Region'])).toEqual([]);
  });

  it('warns that a __proto__ column is stored under another name', () => {
    const issues = checkDealMapping(
      [
        { column: 'Account', target: 'accountName' },
        { column: '__proto__', target: 'custom' },
      ],
      ['Account', '__proto__'],
    );
    expect(issues).toEqual([
      {
        severity: 'warning',
        column: '__proto__',
        message: '“__proto__” cannot be a custom field name; it is stored as “__proto__ (column)”.',
      },
    ]);
  });
});

describe('validating deal custom fields', () => {
  it('keeps non-blank custom cells, trimmed, and reads Tourbook stages', () => {
    const csv = fixture('tourbook-deals.csv');
    const validation = validateDealRows(csv, withCustom(csv, 'Partner'));
    expect(validation.errors).toEqual([]);
    expect(validation.drafts.map((d) => [d.deal.stage, d.deal.customFields])).toEqual([
      ['won', pairsOf({ Partner: 'Kramerica Reseller' })],
      ['lost', []],
      ['open', pairsOf({ Partner: 'Sitwell Partners' })],
    ]);
    expect(validation.drafts[1]?.deal.lossCategory).toBe('process');
  });

  it('stores an ignored column nowhere', () => {
    const csv = fixture('tourbook-deals.csv');
    const validation = validateDealRows(csv, detectDealMapping(csv.headers));
    expect(validation.drafts.every((d) => d.deal.customFields.length === 0)).toBe(true);
  });

  it('keeps __proto__ and constructor columns, renamed, without polluting', () => {
    const csv = csvOf('accountName,__proto__,constructor\nAcme,"{""polluted"":true}",polluted\n');
    const review = reviewDealImport(csv, {
      preset: 'tourbook-deals',
      mapping: withCustom(csv, '__proto__', 'constructor'),
      existingAccounts: [],
      existingDeals: [],
    });
    expect(review.errors).toEqual([]);
    expect(review.warnings).toContain(
      '“__proto__” cannot be a custom field name; it is stored as “__proto__ (column)”.',
    );
    expect(review.drafts[0]?.deal.customFields).toEqual([
      { key: '__proto__ (column)', value: '{"polluted":true}' },
      { key: 'constructor (column)', value: 'polluted' },
    ]);
    expect('polluted' in {}).toBe(false);
  });

  it('refuses an over-long custom cell, naming the row and the column', () => {
    const csv = csvOf(`accountName,Notes\nAcme,short\nGlobex,${'n'.repeat(10_001)}\n`);
    const validation = validateDealRows(csv, withCustom(csv, 'Notes'));
    expect(validation.errors.map(formatRowError)).toEqual([
      'Row 2: Notes (customFields) — Custom field “Notes” is longer than 10,000 characters.',
    ]);
    expect(validation.drafts).toHaveLength(1);
  });

  it('merges custom fields into a stored deal on update, even one stored without any', () => {
    const csv = fixture('tourbook-deals.csv');
    const vandelay = accountSchema.parse(
      accountRecord({
        ...EMPTY_ACCOUNT,
        id: 'a-1',
        name: 'Vandelay Industries',
        domain: 'vandelay.com',
      }),
    );
    const bare = storedDeal({ id: 'd-bare', crmId: 'TB-D-1' });
    const kept = storedDeal({
      id: 'd-kept',
      crmId: 'TB-D-2',
      customFields: pairsOf({ Owner: 'Sam' }),
    });
    const review = reviewDealImport(csv, {
      preset: 'tourbook-deals',
      mapping: withCustom(csv, 'Partner'),
      existingAccounts: [vandelay],
      existingDeals: [bare, kept],
    });
    const decisions = Object.fromEntries(review.duplicates.map((g) => [g.key, 'update' as const]));
    const planned = planDealImport(review, { fileName: 'deals.csv', now: NOW, decisions });
    if (!planned.ok) throw new Error(planned.reason);
    const after = new Map(planned.plan.updateDeals.map((u) => [u.after.id, u.after.customFields]));
    expect(after).toEqual(
      new Map([
        ['d-bare', pairsOf({ Partner: 'Kramerica Reseller' })],
        // A blank cell is not written, so the stored fields stay.
        ['d-kept', pairsOf({ Owner: 'Sam' })],
      ]),
    );
    expect(planned.plan.createDeals.map((d) => d.customFields)).toEqual([
      pairsOf({ Partner: 'Sitwell Partners' }),
    ]);
  });
});

describe('deals stored before custom fields existed', () => {
  it('still parse, and keep exactly what they had', () => {
    const old = storedDeal();
    const parsed = dealSchema.parse(old);
    expect(parsed).toEqual(old);
    expect('customFields' in parsed).toBe(false);
  });

  it('keep a custom field named "__proto__" like any other', () => {
    const hostile = [
      { key: '__proto__', value: 'x' },
      { key: 'Partner', value: 'Kramerica' },
    ];
    expect(dealSchema.parse(storedDeal({ customFields: hostile })).customFields).toEqual(hostile);
  });

  it('refuse custom fields that are not text, too long, or named twice', () => {
    const bad = (customFields: unknown) =>
      dealSchema.safeParse(storedDeal({ customFields: customFields as never })).error?.issues[0];
    expect(bad([{ key: 'a', value: 1 }])).toBeDefined();
    expect(bad({ a: 'b' })).toBeDefined();
    expect(bad([{ key: 'a', value: 'x'.repeat(10_001) }])).toMatchObject({
      path: ['customFields', 0, 'value'],
      message: 'Custom field “a” is longer than 10,000 characters.',
    });
    expect(bad(pairsOf({ a: 'b' }).concat(pairsOf({ a: 'c' })))).toMatchObject({
      path: ['customFields', 1, 'key'],
      message: 'Custom fields: “a” appears more than once.',
    });
  });

  it('restore from a backup made before the field existed', () => {
    const old = storedDeal();
    // Version 1 tables, as exportDB writes them; only deals hold a row.
    const names = BACKUP_TABLE_NAMES.filter((name) => name !== 'experiments');
    const rowsOf = (name: string) => (name === 'deals' ? [old] : []);
    const text = JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'tourbook-ws-test',
        databaseVersion: 1,
        tables: names.map((name) => ({ name, schema: 'id', rowCount: rowsOf(name).length })),
        data: names.map((name) => ({ tableName: name, inbound: true, rows: rowsOf(name) })),
      },
    });
    const result = parseBackup(text, { currentVersion: 1 });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.deals).toEqual([old]);
  });
});
