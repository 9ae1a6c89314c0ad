import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/domain/schemas/account';
import type { Deal } from '../../src/domain/schemas/deal';
import {
  describeKnownBase,
  historicBiasWarnings,
  knownBase,
  winRateByTrait,
  type WinRateRow,
} from '../../src/domain/winRate';
import { accountRecord, dealRecord } from '../fixtures/records';

const at = '2026-01-01T00:00:00.000Z';

function account(id: string, fields: Partial<Account> = {}): Account {
  return accountRecord({ id, createdAt: at, updatedAt: at, ...fields });
}

let dealCount = 0;
function deal(
  accountId: string,
  stage: Deal['stage'],
  createdOn: string | null = null,
  closedOn: string | null = null,
): Deal {
  dealCount += 1;
  return dealRecord({
    id: `deal-${dealCount}`,
    createdAt: at,
    updatedAt: at,
    accountId,
    stage,
    createdOn,
    closedOn,
  });
}

const accounts: Account[] = [
  account('a1', { industry: 'B2B SaaS', employees: 120, region: 'EMEA', integrations: 5 }),
  account('a2', { industry: 'B2B SaaS', employeesBand: '11-50', region: 'NA', integrations: 2 }),
  account('a3', { industry: 'Fintech', employees: 800, region: 'EMEA', integrations: 0 }),
  account('a4'),
];

const deals: Deal[] = [
  deal('a1', 'won', '2026-01-01', '2026-01-21'), // 20 d
  deal('a1', 'won', '2026-02-01', '2026-03-03'), // 30 d
  deal('a1', 'lost'),
  deal('a1', 'open'),
  deal('a2', 'won', '2025-12-01', '2025-12-11'), // 10 d
  deal('a2', 'won'), // no dates: won, but no days to close
  deal('a2', 'lost'),
  deal('a3', 'won', '2026-01-10', '2026-01-01'), // dates run backwards: left out of the median
  deal('a3', 'lost'),
  deal('a3', 'lost'),
  deal('a4', 'lost'),
  deal('unknown-account', 'won'),
];

describe('winRateByTrait', () => {
  it('by industry: win rate over closed deals and median days over won deals', () => {
    expect(winRateByTrait(accounts, deals, 'industry')).toEqual([
      {
        value: 'B2B SaaS',
        won: 4,
        lost: 2,
        open: 1,
        closed: 6,
        winRate: 4 / 6,
        medianDaysToClose: 20,
        daysToCloseN: 3,
        n: 7,
      },
      {
        value: 'Fintech',
        won: 1,
        lost: 2,
        open: 0,
        closed: 3,
        winRate: 1 / 3,
        medianDaysToClose: null,
        daysToCloseN: 0,
        n: 3,
      },
      {
        value: null,
        won: 0,
        lost: 1,
        open: 0,
        closed: 1,
        winRate: 0,
        medianDaysToClose: null,
        daysToCloseN: 0,
        n: 1,
      },
    ]);
  });

  it('by region', () => {
    const [emea] = winRateByTrait(accounts, deals, 'region');
    expect(emea).toMatchObject({ value: 'EMEA', won: 3, lost: 3, closed: 6, winRate: 0.5 });
    expect(emea).toMatchObject({ medianDaysToClose: 25, daysToCloseN: 2 });
  });

  it('by size band, ties broken by all deals and then by name', () => {
    const rows = winRateByTrait(accounts, deals, 'sizeBand');
    expect(rows.map((row) => [row.value, row.closed, row.n])).toEqual([
      ['51-200', 3, 4],
      ['11-50', 3, 3],
      ['501-1000', 3, 3],
      [null, 1, 1],
    ]);
  });

  it('by integrations band', () => {
    const rows = winRateByTrait(accounts, deals, 'integrationsBand');
    expect(rows.map((row) => [row.value, row.winRate])).toEqual([
      ['4-6', 2 / 3],
      ['0', 1 / 3],
      ['1-3', 2 / 3],
      [null, 0],
    ]);
  });

  it('has no win rate for a value with only open deals', () => {
    const [row] = winRateByTrait([accounts[0] ?? account('a1')], [deal('a1', 'open')], 'industry');
    expect(row).toMatchObject({ closed: 0, winRate: null, n: 1 });
  });
});

function row(value: string | null, closed: number): WinRateRow {
  return {
    value,
    won: 0,
    lost: closed,
    open: 0,
    closed,
    winRate: closed === 0 ? null : 0,
    medianDaysToClose: null,
    daysToCloseN: 0,
    n: closed,
  };
}

const TAIL = 'The base may mirror where sales tried to sell, not where we win.';

describe('historicBiasWarnings', () => {
  it('warns when one value dominates and no other can be compared', () => {
    // 8 of 13 closed deals = 61.5%
    const rows = [row('B2B SaaS', 8), row('Fintech', 3), row('Retail', 2)];
    expect(historicBiasWarnings(rows, 'industry')).toEqual([
      {
        trait: 'industry',
        value: 'B2B SaaS',
        share: 8 / 13,
        largestOther: 3,
        message: `62% of closed deals are in B2B SaaS; other industries have too few deals (largest: 3) to compare. ${TAIL}`,
      },
    ]);
  });

  it('works from winRateByTrait rows', () => {
    // B2B SaaS holds 6 of 10 closed deals; Fintech has 3.
    const [warning] = historicBiasWarnings(winRateByTrait(accounts, deals, 'industry'), 'industry');
    expect(warning).toMatchObject({ value: 'B2B SaaS', share: 0.6, largestOther: 3 });
  });

  it('stays quiet when another value has enough deals, or nothing dominates', () => {
    expect(historicBiasWarnings([row('B2B SaaS', 12), row('Fintech', 5)], 'industry')).toEqual([]);
    expect(historicBiasWarnings([row('B2B SaaS', 5), row('Fintech', 4)], 'industry')).toEqual([]);
    expect(historicBiasWarnings([], 'industry')).toEqual([]);
    expect(historicBiasWarnings([row('B2B SaaS', 0)], 'industry')).toEqual([]);
  });

  it('counts unknown values in the total but never as a comparison', () => {
    // 6 of 16: not dominant once the 10 unknown deals count; the unknowns get their own warning.
    expect(
      historicBiasWarnings([row('B2B SaaS', 6), row(null, 10)], 'industry').map((w) => w.value),
    ).toEqual([null]);
    const [, warning] = historicBiasWarnings([row(null, 6), row('B2B SaaS', 10)], 'industry');
    expect(warning?.message).toBe(
      `63% of closed deals are in B2B SaaS; no other industry has closed deals to compare. ${TAIL}`,
    );
  });

  it('words each trait', () => {
    const rows = [row('51-200', 8), row('11-50', 3), row('1-10', 2)];
    expect(historicBiasWarnings(rows, 'sizeBand')[0]?.message).toBe(
      `62% of closed deals are at companies with 51-200 employees; other size bands have too few deals (largest: 3) to compare. ${TAIL}`,
    );
    const bands = [row('4-6', 8), row('0', 3)];
    expect(historicBiasWarnings(bands, 'integrationsBand')[0]?.message).toMatch(
      /^73% of closed deals are at accounts with 4-6 integrations; other integrations bands/,
    );
    expect(historicBiasWarnings([row('EMEA', 9), row('NA', 1)], 'region')[0]?.message).toMatch(
      /^90% of closed deals are in EMEA; other regions have too few deals \(largest: 1\)/,
    );
  });

  it('takes its thresholds as options', () => {
    const rows = [row('B2B SaaS', 8), row('Fintech', 3)];
    expect(
      historicBiasWarnings(rows, 'industry', { dominantShare: 0.8, minComparableDeals: 5 }),
    ).toEqual([]);
    expect(
      historicBiasWarnings(rows, 'industry', { dominantShare: 0.6, minComparableDeals: 3 }),
    ).toEqual([]);
  });
});

describe('unknown values', () => {
  it('states the base: closed deals with a value, of all closed deals', () => {
    const rows = [row('SaaS', 30), row('Retail', 4), row(null, 692)];
    expect(knownBase(rows)).toEqual({ known: 34, total: 726 });
    expect(describeKnownBase(rows, 'industry')).toBe('Industry known for 34 of 726 closed deals');
  });

  it('warns when over 20% of closed deals have no value, and treats Unknown as dominant', () => {
    const [warning, ...rest] = historicBiasWarnings(
      [row('SaaS', 30), row('Retail', 4), row(null, 692)],
      'industry',
    );
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ value: null, share: 692 / 726 });
    expect(warning?.message).toBe(
      'Industry unknown for 95% of closed deals (692 of 726); the figures rest on the 34 with a value, which may not be like the rest.',
    );
  });

  it('stays quiet at 20% unknown and below', () => {
    const rows = [row('SaaS', 8), row('Retail', 8), row(null, 4)];
    expect(historicBiasWarnings(rows, 'industry')).toEqual([]);
  });
});

describe('countries and continents', () => {
  const world = [
    account('us', { region: 'US' }),
    account('de', { region: 'DE' }),
    account('fr', { region: 'FR' }),
    account('emea', { region: 'EMEA' }),
  ];
  const closed = [deal('us', 'won'), deal('de', 'won'), deal('fr', 'lost'), deal('emea', 'lost')];

  it('reads a country code as the country, and keeps a sales region as it is', () => {
    const values = winRateByTrait(world, closed, 'region').map((row) => row.value);
    expect(values.sort()).toEqual(['EMEA', 'France', 'Germany', 'United States']);
  });

  it('groups countries by continent', () => {
    const rows = winRateByTrait(world, closed, 'continent');
    expect(rows.find((row) => row.value === 'Europe')).toMatchObject({ won: 1, lost: 1 });
    expect(rows.map((row) => row.value).sort()).toEqual(['EMEA', 'Europe', 'North America']);
  });
});
