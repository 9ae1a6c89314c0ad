import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalKey, sortAccounts } from '../../src/domain/accountsSort';
import type { Account } from '../../src/domain/schemas/account';
import { accountRecord } from '../fixtures/records';

const acc = (id: string, fields: Partial<Account> = {}) =>
  accountRecord({ id, name: id, ...fields });
const ids = (accounts: readonly Account[]) => accounts.map((a) => a.id);

describe('naturalKey', () => {
  it('orders numbers inside text by value and ignores case', () => {
    const names = ['Account 10', 'account 9', 'Account 009b', 'Account 1', 'ACCOUNT 100'];
    expect([...names].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : 1))).toEqual([
      'Account 1',
      'account 9',
      'Account 009b',
      'Account 10',
      'ACCOUNT 100',
    ]);
  });
});

describe('sortAccounts', () => {
  const accounts = [
    acc('b', { name: 'Beta 10', arr: 500, region: 'EMEA', employees: 1200, employeesBand: null }),
    acc('a', { name: 'alpha', arr: null, region: null, employees: null, employeesBand: null }),
    acc('c', { name: 'Beta 9', arr: 2_000, region: 'APAC', employees: 30, employeesBand: null }),
    acc('d', { name: 'Delta', arr: 500, region: 'emea', employees: 300, employeesBand: null }),
  ];

  it('sorts by name naturally, and leaves the input alone', () => {
    const before = ids(accounts);
    expect(ids(sortAccounts(accounts, [{ id: 'name', desc: false }]))).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
    expect(ids(sortAccounts(accounts, [{ id: 'name', desc: true }]))).toEqual(['d', 'b', 'c', 'a']);
    expect(ids(accounts)).toEqual(before);
  });

  it('puts missing values last in both directions and keeps ties in input order', () => {
    expect(ids(sortAccounts(accounts, [{ id: 'arr', desc: true }]))).toEqual(['c', 'b', 'd', 'a']);
    expect(ids(sortAccounts(accounts, [{ id: 'arr', desc: false }]))).toEqual(['b', 'd', 'c', 'a']);
    expect(ids(sortAccounts(accounts, [{ id: 'region', desc: true }]))).toEqual([
      'b',
      'd',
      'c',
      'a',
    ]);
  });

  it('sorts size bands by company size, not as text', () => {
    expect(ids(sortAccounts(accounts, [{ id: 'sizeBand', desc: false }]))).toEqual([
      'c',
      'd',
      'b',
      'a',
    ]);
  });

  it('ranks excluded and unscored accounts below every scored one', () => {
    const fit = new Map([
      ['a', { score: -3, excluded: false }],
      ['b', { score: 9, excluded: true }],
      ['c', { score: 4, excluded: false }],
    ]);
    expect(ids(sortAccounts(accounts, [{ id: 'icpScore', desc: true }], fit))).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
  });

  it('sorts by interviews held (none is 0) and by the last interview, never-interviewed last', () => {
    const interviews = new Map([
      ['a', { held: 1, lastHeld: '2026-03-01' }],
      ['c', { held: 3, lastHeld: '2026-01-15' }],
      ['d', { held: 0, lastHeld: null }],
    ]);
    expect(
      ids(sortAccounts(accounts, [{ id: 'interviews', desc: true }], new Map(), interviews)),
    ).toEqual(['c', 'a', 'b', 'd']);
    expect(
      ids(sortAccounts(accounts, [{ id: 'interviews', desc: false }], new Map(), interviews)),
    ).toEqual(['b', 'd', 'a', 'c']);
    expect(
      ids(sortAccounts(accounts, [{ id: 'lastInterview', desc: true }], new Map(), interviews)),
    ).toEqual(['a', 'c', 'b', 'd']);
  });

  it('keeps the input order without a sort', () => {
    expect(ids(sortAccounts(accounts, []))).toEqual(ids(accounts));
  });

  it('orders any numbers like a plain numeric sort, missing ones last', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null })), (arrs) => {
        const list = arrs.map((arr, i) => acc(`a${i}`, { arr }));
        const sorted = sortAccounts(list, [{ id: 'arr', desc: false }]).map((a) => a.arr);
        const present = arrs.filter((v): v is number => v !== null).sort((x, y) => x - y);
        expect(sorted).toEqual([...present, ...arrs.filter((v) => v === null)]);
      }),
    );
  });
});
