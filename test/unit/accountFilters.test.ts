import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountFilterOptions,
  filterAccounts,
  hasActiveFilters,
  NO_ACCOUNT_FILTERS,
} from '../../src/domain/accountFilters';
import type { Account } from '../../src/domain/schemas/account';
import { accountRecord } from '../fixtures/records';

const at = '2026-01-01T00:00:00.000Z';
function account(patch: Partial<Account>): Account {
  return accountRecord({
    id: patch.name ?? 'x',
    createdAt: at,
    updatedAt: at,
    name: 'Acme',
    ...patch,
  });
}

const accounts = [
  account({
    name: 'Acme Analytics',
    industry: 'B2B SaaS',
    region: 'EMEA',
    employees: 120,
    cohort: 'power_user',
    techStack: ['Snowflake'],
  }),
  account({
    name: 'Birch Bank',
    industry: 'Fintech',
    region: 'North America',
    employeesBand: '1001-5000',
    cohort: 'churner',
  }),
  account({
    name: 'Cedar Retail',
    industry: 'Retail',
    region: 'EMEA',
    employees: 30,
    domain: 'cedar.shop',
  }),
];

describe('filterAccounts', () => {
  it('returns everything without filters', () => {
    expect(filterAccounts(accounts, NO_ACCOUNT_FILTERS)).toHaveLength(3);
    expect(hasActiveFilters(NO_ACCOUNT_FILTERS)).toBe(false);
  });

  it('filters by cohort, including accounts with none', () => {
    const names = (f: Partial<typeof NO_ACCOUNT_FILTERS>) =>
      filterAccounts(accounts, { ...NO_ACCOUNT_FILTERS, ...f }).map((a) => a.name);
    expect(names({ cohort: 'churner' })).toEqual(['Birch Bank']);
    expect(names({ cohort: 'unassigned' })).toEqual(['Cedar Retail']);
    expect(names({ industry: 'Fintech' })).toEqual(['Birch Bank']);
    expect(names({ region: 'EMEA' })).toEqual(['Acme Analytics', 'Cedar Retail']);
    expect(names({ sizeBand: '51-200' })).toEqual(['Acme Analytics']);
    expect(names({ sizeBand: '1001-5000' })).toEqual(['Birch Bank']);
    expect(names({ region: 'EMEA', cohort: 'power_user' })).toEqual(['Acme Analytics']);
  });

  it('matches every word of free text across name, domain and stack, ignoring case', () => {
    const names = (text: string) =>
      filterAccounts(accounts, { ...NO_ACCOUNT_FILTERS, text }).map((a) => a.name);
    expect(names('snowflake')).toEqual(['Acme Analytics']);
    expect(names('CEDAR.shop')).toEqual(['Cedar Retail']);
    expect(names('acme emea')).toEqual(['Acme Analytics']);
    expect(names('acme fintech')).toEqual([]);
    expect(names('   ')).toHaveLength(3);
  });

  it('never returns more than it was given, and keeps the input order', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('', 'EMEA', 'North America'), (text, region) => {
        const out = filterAccounts(accounts, { ...NO_ACCOUNT_FILTERS, text, region });
        expect(out.length).toBeLessThanOrEqual(accounts.length);
        const order = out.map((a) => accounts.indexOf(a));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });
});

describe('accountFilterOptions', () => {
  it('offers only values present, sorted, with size bands in size order', () => {
    expect(accountFilterOptions(accounts)).toEqual({
      industries: ['B2B SaaS', 'Fintech', 'Retail'],
      regions: ['EMEA', 'North America'],
      sizeBands: ['11-50', '51-200', '1001-5000'],
    });
  });
});

describe('filterAccounts by ICP fit', () => {
  const fit = new Map([
    ['Acme Analytics', { score: 8, excluded: false }],
    ['Birch Bank', { score: 3, excluded: false }],
    ['Cedar Retail', { score: 6, excluded: true }],
  ]);
  const names = (f: Partial<typeof NO_ACCOUNT_FILTERS>) =>
    filterAccounts(accounts, { ...NO_ACCOUNT_FILTERS, ...f }, fit).map((a) => a.name);

  it('keeps accounts at or above the minimum score, never excluded ones', () => {
    expect(names({ icpMin: '3' })).toEqual(['Acme Analytics', 'Birch Bank']);
    expect(names({ icpMin: '5' })).toEqual(['Acme Analytics']);
    expect(names({ icpMin: '' })).toHaveLength(3);
    expect(hasActiveFilters({ ...NO_ACCOUNT_FILTERS, icpMin: '5' })).toBe(true);
  });

  it('hides excluded accounts on request', () => {
    expect(names({ hideExcluded: true })).toEqual(['Acme Analytics', 'Birch Bank']);
    expect(hasActiveFilters({ ...NO_ACCOUNT_FILTERS, hideExcluded: true })).toBe(true);
  });
});

describe('filterAccounts by interviews', () => {
  const interviews = new Map([
    ['Acme Analytics', { held: 2, scheduled: 0, lastHeld: '2026-02-01', nextScheduled: null }],
    // Only scheduled: nobody has talked to it yet.
    ['Birch Bank', { held: 0, scheduled: 1, lastHeld: null, nextScheduled: '2026-05-01' }],
  ]);
  const names = (interviewed: (typeof NO_ACCOUNT_FILTERS)['interviewed']) =>
    filterAccounts(accounts, { ...NO_ACCOUNT_FILTERS, interviewed }, new Map(), interviews).map(
      (a) => a.name,
    );

  it('keeps the interviewed accounts, or those not interviewed yet', () => {
    expect(names('')).toHaveLength(3);
    expect(names('yes')).toEqual(['Acme Analytics']);
    expect(names('not_yet')).toEqual(['Birch Bank', 'Cedar Retail']);
    expect(hasActiveFilters({ ...NO_ACCOUNT_FILTERS, interviewed: 'not_yet' })).toBe(true);
  });
});
