import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/domain/schemas/account';
import { badRowsCsv } from '../../src/import/csv/badRowsCsv';
import { detectAccountMapping, detectDealMapping } from '../../src/import/csv/columnMapping';
import { findDuplicates } from '../../src/import/csv/duplicates';
import {
  planAccountImport,
  planDealImport,
  reviewAccountImport,
  reviewDealImport,
} from '../../src/import/csv/importPipeline';
import type { ParsedCsv } from '../../src/import/csv/parseCsv';
import { detectPreset } from '../../src/import/csv/presets';
import { formatRowError } from '../../src/import/csv/rowErrors';
import { validateAccountRows, validateDealRows } from '../../src/import/csv/validateRows';
import { generateAccountsCsv } from '../fixtures/csv/generateAccountsCsv';
import { pairsOf, storedAccountRecord } from '../fixtures/records';
import { csvOf, csvFixture as fixture } from '../fixtures/csv/parsedCsv';

const NOW = '2026-03-01T12:00:00.000Z';

const reviewAccounts = (
  csv: ParsedCsv,
  existingAccounts: Account[] = [],
  dateOrders: Record<string, 'MDY' | 'DMY'> = {},
) => {
  const preset = detectPreset(csv.headers);
  const mapping = detectAccountMapping(csv.headers, preset);
  return reviewAccountImport(csv, { preset, mapping, existingAccounts, dateOrders });
};

function storedAccount(overrides: Partial<Account>): Account {
  return storedAccountRecord(overrides);
}

describe('validating the fixtures', () => {
  it('reads all 25 messy HubSpot rows and finds the duplicate Acme', () => {
    const review = reviewAccounts(fixture('hubspot-companies-messy.csv'));
    expect(review.errors).toEqual([]);
    expect(review.drafts).toHaveLength(25);
    expect(review.canCommit).toBe(true);
    const byRow = new Map(review.drafts.map((d) => [d.row, d.account]));
    expect(byRow.get(1)).toMatchObject({
      name: 'Acme Corp',
      domain: 'acme.com',
      crmId: '1001',
      employees: 126,
      employeesBand: '51-200',
      arr: 1_200_000,
      region: 'US',
      regionAsWritten: 'United States',
      customerSince: '2023-02-01',
      customFields: pairsOf({ 'Annual Revenue': '$12,000,000' }),
      cohort: null,
      cohortSource: null,
    });
    expect(byRow.get(2)).toMatchObject({ name: 'Nordlicht Bäckerei GmbH', arr: 900_000 });
    expect(byRow.get(3)).toMatchObject({
      name: 'Globex Corporation',
      domain: 'globex.com',
      arr: 1_200_000,
      employees: 3001,
    });
    expect(byRow.get(4)?.name).toBe('<img src=x onerror=alert(1)>');
    expect(byRow.get(4)?.arr).toBeNull();
    expect(byRow.get(5)).toMatchObject({
      domain: 'initech.com',
      industry: '=HYPERLINK("http://evil","x")',
    });
    expect(byRow.get(6)).toMatchObject({
      domain: 'umbrella-health.com',
      employees: 10_001,
      employeesBand: '10,001+',
      arr: 1_200_000,
    });
    expect(byRow.get(7)?.domain).toBe('cafe-sg.fr');
    expect(byRow.get(18)).toMatchObject({ name: 'Ācme Ōsaka 株式会社', arr: 12_000_000 });
    expect(review.duplicates).toEqual([
      expect.objectContaining({ key: 'row:1', rows: [1, 8], matchedBy: 'domain', existing: null }),
    ]);
  });

  it('reads the generic Tourbook CSV, cohorts and tech stacks included', () => {
    const review = reviewAccounts(fixture('generic-accounts.csv'));
    expect(review.errors).toEqual([]);
    expect(review.drafts).toHaveLength(8);
    const [acme, globex, nordlicht, initech] = review.drafts.map((d) => d.account);
    expect(acme).toMatchObject({
      techStack: ['HubSpot', 'Slack', 'Zapier'],
      cohort: 'power_user',
      cohortSource: 'manual',
      nps: 9,
      integrations: 6,
      salesCycleDays: 21,
      ltv: 3_600_000,
    });
    expect(globex).toMatchObject({ cohort: 'churner', churnedAt: '2024-03-31' });
    expect(nordlicht).toMatchObject({
      cohort: 'emerging_promoter',
      techStack: ['Shopify', 'Slack'],
    });
    expect(initech).toMatchObject({
      cohort: null,
      cohortSource: null,
      techStack: ['Jira', 'Confluence'],
    });
    expect(review.drafts[6]?.account.cohort).toBe('lost_deal');
    expect(review.drafts[7]?.account.arr).toBe(48_500.5);
  });

  it('reads the semicolon file with European numbers and dotted dates', () => {
    const review = reviewAccounts(fixture('semicolon.csv'));
    expect(review.errors).toEqual([]);
    expect(
      review.drafts.map((d) => [d.account.name, d.account.arr, d.account.customerSince]),
    ).toEqual([
      ['Acme Corp', 1_200_000, '2023-03-05'],
      ['Müller; Söhne KG', 1_200.5, '2024-02-28'],
      ['Globex', 900_000, '2022-12-31'],
    ]);
    expect(review.warnings).toContain('Columns are separated by semicolons (;).');
  });
});

describe('row errors', () => {
  const text = [
    'name,domain,arr,nps,employees,customerSince,integrations',
    'Acme,https://www.acme.com/,"$1,000",9,51-200,2024-03-05,3',
    ',nodomain,twelve,11,lots,2024-02-30,three',
    'Globex,globex.com,"(1,000)",,,,',
    '',
    'Initech,initech.com,5,10,10,2024-01-01,1',
    'Hooli,hooli.com,1,2,3,2024-01-01,1,overflow',
  ].join('\n');

  it('reports every bad cell with its 1-based data row, column and a readable reason', () => {
    const review = reviewAccounts(csvOf(text));
    expect(review.errors.map(formatRowError)).toEqual([
      'Row 2: name — name is required',
      'Row 2: domain — expected a domain like acme.com, got “nodomain”',
      'Row 2: arr — expected a number, got “twelve”',
      'Row 2: nps — expected a whole number from 0 to 10, got “11”',
      'Row 2: employees — expected an employee count or a band like 51-200, got “lots”',
      'Row 2: customerSince — “2024-02-30” is not a real calendar date',
      'Row 2: integrations — expected a whole number, got “three”',
      'Row 3: arr — negative amounts are not allowed, got “(1,000)”',
      'Row 6 — has 8 cells but the header has 7; a cell probably contains an unquoted “,”',
    ]);
    // Row 4 is the blank line: skipped, but still counted.
    expect(review.drafts.map((d) => d.row)).toEqual([1, 5]);
    expect(review.canCommit).toBe(false);
    expect(planAccountImport(review, { fileName: 'x.csv', now: NOW })).toEqual({
      ok: false,
      reason: 'Fix the 9 row errors first: nothing is imported while any row is refused.',
    });
  });

  it('names the field beside a CRM header, and counts rows after a skipped preamble', () => {
    const csv = csvOf(
      [
        '"Opportunities Report"',
        '"Filtered By: all"',
        'Opportunity Name,Account Name,Amount',
        'A,Acme,10',
        'B,Acme,ten',
      ].join('\n'),
    );
    const validation = validateDealRows(csv, detectDealMapping(csv.headers));
    expect(validation.errors.map(formatRowError)).toEqual([
      'Row 2: Amount — expected a number, got “ten”',
    ]);
  });

  it('passes the entity schema’s own rules through as row errors', () => {
    const csv = csvOf(`name,plan\n${'x'.repeat(301)},Starter\nAcme,${'p'.repeat(101)}\n`);
    const review = reviewAccounts(csv);
    expect(review.errors.map(formatRowError)).toEqual([
      'Row 1: name — Name is longer than 300 characters.',
      'Row 2: plan — Plan is longer than 100 characters.',
    ]);
  });

  it('finds bad row 7778 among 10,000 and reports it the way users read it', () => {
    const csv = csvOf(
      generateAccountsCsv(10_000, { badRow: { row: 7778, column: 'arr', value: 'twelve' } }),
    );
    const review = reviewAccounts(csv);
    expect(review.errors.map(formatRowError)).toEqual([
      'Row 7778: arr — expected a number, got “twelve”',
    ]);
    expect(review.drafts).toHaveLength(9_999);
    expect(review.rowCount).toBe(10_000);
    expect(review.canCommit).toBe(false);
  });

  it('imports 10,000 clean generated rows', () => {
    const review = reviewAccounts(csvOf(generateAccountsCsv(10_000)));
    expect(review.errors).toEqual([]);
    expect(review.duplicates).toEqual([]);
    const plan = planAccountImport(review, { fileName: 'big.csv', now: NOW });
    expect(plan.ok && plan.plan.createAccounts.length).toBe(10_000);
  });
});

describe('badRowsCsv', () => {
  it('writes refused rows with an error column, guarding formula-looking cells', () => {
    const csv = csvOf(
      [
        'name,arr,note',
        'Good,1,fine',
        '"=HYPERLINK(""http://evil"",""x"")",twelve,+cmd',
        '@SUM(A1),-5,"a, b"',
        'Overflow,1,2,3',
      ].join('\n'),
    );
    const review = reviewAccounts(csv);
    const out = badRowsCsv(csv, review.errors);
    const rows = Papa.parse<string[]>(out.trim()).data;
    expect(rows).toEqual([
      ['error', 'name', 'arr', 'note'],
      [
        'arr — expected a number, got “twelve”',
        `'=HYPERLINK("http://evil","x")`,
        'twelve',
        `'+cmd`,
      ],
      ['arr — negative amounts are not allowed, got “-5”', `'@SUM(A1)`, `'-5`, 'a, b'],
      [
        'has 4 cells but the header has 3; a cell probably contains an unquoted “,”',
        'Overflow',
        '1',
        '2',
        '3',
      ],
    ]);
  });

  it('guards a formula cell with a line break in it, which papaparse’s own pattern misses', () => {
    const csv = csvOf('name,arr\n"=HYPERLINK(""http://evil"")\nline two",twelve\n');
    const out = badRowsCsv(csv, reviewAccounts(csv).errors);
    const rows = Papa.parse<string[]>(out.trim()).data;
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("http://evil")\nline two`);
  });
});

describe('ambiguous dates', () => {
  const text = 'name,customerSince\nAcme,03/05/2024\nGlobex,04/06/2024\n';

  it('holds back an order-less slash-date column until the user picks', () => {
    const review = reviewAccounts(csvOf(text));
    expect(review.ambiguousDateColumns).toEqual([
      { column: 'customerSince', field: 'customerSince', samples: ['03/05/2024', '04/06/2024'] },
    ]);
    expect(review.drafts.map((d) => d.account.customerSince)).toEqual([null, null]);
    expect(review.canCommit).toBe(false);
    expect(planAccountImport(review, { fileName: 'x.csv', now: NOW })).toMatchObject({
      ok: false,
      reason: 'Say whether “customerSince” is month/day/year or day/month/year.',
    });

    const dayFirst = reviewAccounts(csvOf(text), [], { customerSince: 'DMY' });
    expect(dayFirst.ambiguousDateColumns).toEqual([]);
    expect(dayFirst.dateOrders).toEqual({ customerSince: 'DMY' });
    expect(dayFirst.drafts.map((d) => d.account.customerSince)).toEqual([
      '2024-05-03',
      '2024-06-04',
    ]);
    expect(dayFirst.canCommit).toBe(true);
  });

  it('detects the order when one value proves it, and refuses dates against it', () => {
    const detected = reviewAccounts(csvOf('name,customerSince\nA,03/05/2024\nB,25/12/2024\n'));
    expect(detected.dateOrders).toEqual({ customerSince: 'DMY' });
    expect(detected.drafts.map((d) => d.account.customerSince)).toEqual([
      '2024-05-03',
      '2024-12-25',
    ]);

    const conflicting = csvOf('name,customerSince\nA,12/25/2024\nB,25/12/2024\n');
    expect(reviewAccounts(conflicting).ambiguousDateColumns).toHaveLength(1);
    expect(
      reviewAccounts(conflicting, [], { customerSince: 'MDY' }).errors.map(formatRowError),
    ).toEqual([
      'Row 2: customerSince — “25/12/2024” is not a real date when read as month/day/year',
    ]);
  });
});

describe('prototype safety', () => {
  it('keeps __proto__, constructor and prototype columns as plain, renamed custom fields', () => {
    const csv = csvOf(
      'name,__proto__,constructor,prototype\nAcme,"{""polluted"":true}",polluted,polluted\n',
    );
    const mapping = detectAccountMapping(csv.headers, 'tourbook-accounts').map((a) =>
      a.target === 'ignore' ? { ...a, target: 'custom' as const } : a,
    );
    const review = reviewAccountImport(csv, {
      preset: 'tourbook-accounts',
      mapping,
      existingAccounts: [],
      dateOrders: JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, 'MDY'>,
    });
    expect(review.errors).toEqual([]);
    expect(review.drafts[0]?.account.customFields).toEqual([
      { key: '__proto__ (column)', value: '{"polluted":true}' },
      { key: 'constructor (column)', value: 'polluted' },
      { key: 'prototype (column)', value: 'polluted' },
    ]);
    expect(review.warnings.filter((w) => w.includes('cannot be a custom field name'))).toHaveLength(
      3,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('duplicates', () => {
  const draftsOf = (text: string) =>
    validateAccountRows(csvOf(text), detectAccountMapping(csvOf(text).headers, 'tourbook-accounts'))
      .drafts;

  it('matches by domain, else by name when a side has no domain', () => {
    const drafts = draftsOf(
      [
        'name,domain',
        'Acme,acme.com',
        'ACME Inc,https://www.acme.com',
        'Acme,acme.de',
        ' globex ,',
        'Globex,globex.com',
        'Initech,',
        'Hooli,hooli.com',
      ].join('\n'),
    );
    const existing = [
      storedAccount({ name: 'Initech', domain: null }),
      storedAccount({ name: 'Hooli Corp', domain: 'hooli.com' }),
      storedAccount({ name: 'Acme', domain: 'acme.fr' }),
    ];
    const groups = findDuplicates(drafts, existing);
    expect(
      groups.map((g) => [
        g.key.startsWith('account:') ? g.existing?.name : g.key,
        g.matchedBy,
        g.rows,
      ]),
    ).toEqual([
      ['row:1', 'domain', [1, 2]],
      ['row:4', 'name', [4, 5]],
      ['Initech', 'name', [6]],
      ['Hooli Corp', 'domain', [7]],
    ]);
  });

  it('skips later in-file rows by default, and lets the last row win on update', () => {
    const review = reviewAccounts(
      csvOf('name,domain,arr\nAcme,acme.com,1\nAcme Corp,acme.com,2\nAcme Inc,acme.com,\n'),
    );
    const skip = planAccountImport(review, { fileName: 'x.csv', now: NOW });
    expect(skip.ok && skip.plan.createAccounts.map((a) => [a.name, a.arr])).toEqual([['Acme', 1]]);
    expect(skip.ok && skip.plan.skipped).toBe(2);
    const update = planAccountImport(review, {
      fileName: 'x.csv',
      now: NOW,
      decisions: { 'row:1': 'update' },
    });
    expect(update.ok && update.plan.createAccounts.map((a) => [a.name, a.arr])).toEqual([
      ['Acme Inc', null],
    ]);
  });

  it('leaves stored accounts alone unless told to update them, and never erases with blanks', () => {
    const stored = storedAccount({
      name: 'Acme',
      domain: 'acme.com',
      arr: 500,
      nps: 8,
      employees: 126,
      employeesBand: '51-200',
      customFields: pairsOf({ Owner: 'Dana' }),
      cohort: 'power_user',
      cohortSource: 'rule',
    });
    const review = reviewAccounts(
      csvOf('name,domain,arr,nps,employees,Tier\nACME Corp,acme.com,900,,1000,\n'),
      [stored],
    );
    expect(review.duplicates.map((g) => g.key)).toEqual([`account:${stored.id}`]);
    const skip = planAccountImport(review, { fileName: 'x.csv', now: NOW });
    expect(
      skip.ok && [
        skip.plan.createAccounts.length,
        skip.plan.updateAccounts.length,
        skip.plan.skipped,
      ],
    ).toEqual([0, 0, 1]);

    const update = planAccountImport(review, {
      fileName: 'x.csv',
      now: NOW,
      decisions: { [`account:${stored.id}`]: 'update' },
    });
    if (!update.ok) throw new Error(update.reason);
    const [change] = update.plan.updateAccounts;
    expect(change?.before).toBe(stored);
    expect(change?.after).toEqual({
      ...stored,
      name: 'ACME Corp',
      arr: 900,
      employees: 1000,
      employeesBand: null,
      updatedAt: NOW,
      importId: update.plan.importId,
    });
  });
});

describe('deals', () => {
  const salesforce = fixture('salesforce-opportunities.csv');
  const review = (
    existingAccounts: Account[] = [],
    lossRules?: { keyword: string; category: 'product' }[],
  ) =>
    reviewDealImport(salesforce, {
      preset: 'salesforce-opportunities',
      mapping: detectDealMapping(salesforce.headers),
      existingAccounts,
      existingDeals: [],
      ...(lossRules ? { lossRules } : {}),
    });

  it('maps stages, classifies loss reasons and lists the ones no rule matched', () => {
    const r = review();
    expect(r.errors).toEqual([]);
    expect(r.drafts).toHaveLength(15);
    expect(r.dateOrders).toEqual({ 'Created Date': 'MDY', 'Close Date': 'MDY' });
    const stages = r.drafts.map((d) => d.deal.stage);
    expect(stages.filter((s) => s === 'won')).toHaveLength(4);
    expect(stages.filter((s) => s === 'lost')).toHaveLength(8);
    expect(stages.filter((s) => s === 'open')).toHaveLength(3);
    const lost = Object.fromEntries(
      r.drafts
        .filter((d) => d.deal.stage === 'lost')
        .map((d) => [d.deal.lossReason, d.deal.lossCategory]),
    );
    expect(lost).toEqual({
      'Missing SSO support': 'product',
      'Pricing too high': 'process',
      'Budget freeze': 'external',
      'Champion left the company': 'external',
      "Went with a competitor's bundle": null,
      'Lost at security review: no SSO': 'product',
      'No champion': 'process',
      'Acquired by a competitor': 'external',
    });
    expect(r.unclassifiedReasons).toEqual([
      { reason: "Went with a competitor's bundle", count: 1, rows: [9] },
    ]);
    expect(r.drafts[0]?.deal).toMatchObject({
      name: 'Acme - Platform expansion',
      crmId: '0065g00000AAA01',
      amount: 120_000,
      createdOn: '2025-01-15',
      closedOn: '2025-02-28',
    });
    expect(r.newAccounts).toHaveLength(13);
    expect(r.newAccounts.find((a) => a.name === 'Vandelay Industries')).toEqual({
      name: 'Vandelay Industries',
      domain: 'vandelay.com',
      rows: [4, 5],
    });
  });

  it('links deals to stored accounts by domain or name and creates the rest once', () => {
    const acme = storedAccount({ name: 'ACME Corporation', domain: 'acme.com' });
    const nordlicht = storedAccount({
      name: 'nordlicht bäckerei gmbh',
      domain: 'nordlicht-baeckerei.de',
    });
    const initech = storedAccount({ name: 'Initech', domain: null });
    const r = review([acme, nordlicht, initech]);
    expect(r.newAccounts).toHaveLength(10);
    const planned = planDealImport(r, {
      fileName: 'opps.csv',
      now: NOW,
      lossCategoryOverrides: { "went with a competitor's bundle ": 'process' },
    });
    if (!planned.ok) throw new Error(planned.reason);
    const { plan } = planned;
    expect(plan.createDeals).toHaveLength(15);
    expect(plan.createAccounts).toHaveLength(10);
    expect(
      plan.createAccounts.every((a) => a.importId === plan.importId && a.createdAt === NOW),
    ).toBe(true);
    const accountOf = (name: string) => plan.createDeals.find((d) => d.name === name)?.accountId;
    expect(accountOf('Acme - Platform expansion')).toBe(acme.id);
    expect(accountOf('Acme - EU rollout')).toBe(acme.id);
    // Same name, stored with a domain, file without one: matched by name.
    expect(accountOf('Nordlicht - Bakery POS')).toBe(nordlicht.id);
    expect(accountOf('Initech - TPS reports')).toBe(initech.id);
    expect(accountOf('Vandelay - Import/Export suite')).toBe(
      accountOf('Vandelay - Latex division'),
    );
    expect(plan.createDeals.find((d) => d.crmId === '0065g00000AAA09')?.lossCategory).toBe(
      'process',
    );
    for (const deal of plan.createDeals) expect(deal.importId).toBe(plan.importId);
  });

  it('uses configurable stage rules', () => {
    const csv = csvOf('Account Name,Stage\nAcme,Signed\nGlobex,closed lost\nInitech,Closed Won\n');
    const validation = validateDealRows(csv, detectDealMapping(csv.headers), {
      stageRules: { won: ['Signed'], lost: ['Closed Lost'] },
    });
    expect(validation.drafts.map((d) => d.deal.stage)).toEqual(['won', 'lost', 'open']);
  });

  it('needs an account name or domain on every deal', () => {
    const csv = csvOf('Opportunity Name,Account Name,Website\nA,,\nB,,not a domain\n');
    const validation = validateDealRows(csv, detectDealMapping(csv.headers));
    expect(validation.errors.map(formatRowError)).toEqual([
      'Row 1: Account Name (accountName) — the account is required: give its name or domain',
      'Row 2: Website (accountDomain) — expected a domain like acme.com, got “not a domain”',
    ]);
  });
});
