import { describe, expect, it } from 'vitest';
import {
  countAccounts,
  createAccount,
  getAccount,
  listAccounts,
  setAccountCohort,
  updateAccount,
  type AccountInput,
} from '../../src/db/accountsRepo';
import type { Account } from '../../src/domain/schemas/account';
import { freshDb } from './freshDb';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

const input = (overrides: Partial<AccountInput> = {}): AccountInput => ({
  name: 'Acme Analytics',
  domain: 'acme.com',
  crmId: null,
  industry: 'B2B SaaS',
  employees: 120,
  employeesBand: '51-200',
  region: 'EMEA',
  arr: 48_000,
  ltv: null,
  salesCycleDays: 21,
  customerSince: '2024-05-01',
  churnedAt: null,
  nps: 9,
  integrations: 5,
  techStack: ['Salesforce'],
  plan: 'Growth',
  customFields: [{ key: 'owner', value: 'Maya' }],
  cohort: null,
  cohortSource: null,
  ...overrides,
});

function stored(id: string, name: string, overrides: Partial<Account> = {}): Account {
  return { ...input({ name }), id, createdAt: AT, updatedAt: AT, importId: null, ...overrides };
}

describe('listAccounts and countAccounts', () => {
  it('lists every account alphabetically by name and counts them', async () => {
    const db = freshDb();
    expect(await listAccounts(db)).toEqual([]);
    expect(await countAccounts(db)).toBe(0);
    await db.accounts.bulkAdd([
      stored('a1', 'Globex'),
      stored('a2', 'Acme'),
      stored('a3', 'Initech'),
    ]);
    expect((await listAccounts(db)).map((a) => a.name)).toEqual(['Acme', 'Globex', 'Initech']);
    expect(await countAccounts(db)).toBe(3);
  });

  it('orders exactly as the name index does, ties by id', async () => {
    const db = freshDb();
    await db.accounts.bulkAdd([
      stored('b', 'acme'),
      stored('c', 'Zeta'),
      stored('a', 'acme'),
      stored('d', 'Émile'),
      stored('e', 'Acme 10'),
      stored('f', 'Acme 9'),
    ]);
    const byIndex = (await db.accounts.orderBy('name').toArray()).map((a) => a.id);
    expect((await listAccounts(db)).map((a) => a.id)).toEqual(byIndex);
    expect(byIndex).toEqual(['e', 'f', 'c', 'a', 'b', 'd']);
  });
});

describe('getAccount', () => {
  it('returns the stored account, or undefined when there is none', async () => {
    const db = freshDb();
    const acme = stored('a1', 'Acme');
    await db.accounts.add(acme);
    expect(await getAccount(db, 'a1')).toEqual(acme);
    expect(await getAccount(db, 'missing')).toBeUndefined();
  });
});

describe('createAccount', () => {
  it('stores a new account with a fresh id, both timestamps and no import', async () => {
    const db = freshDb();
    const first = await createAccount(db, input({ name: '  Acme Analytics  ' }), AT);
    const second = await createAccount(db, input({ name: 'Globex' }), AT);
    expect(first).toMatchObject({
      name: 'Acme Analytics',
      createdAt: AT,
      updatedAt: AT,
      importId: null,
      customFields: [{ key: 'owner', value: 'Maya' }],
    });
    expect(first.id).not.toBe(second.id);
    expect(await getAccount(db, first.id)).toEqual(first);
    expect(await countAccounts(db)).toBe(2);
  });

  it.each([
    [{ name: '   ' }, 'Name is required.'],
    [{ arr: -1 }, 'ARR cannot be negative.'],
    [{ nps: 11 }, 'NPS must be from 0 to 10.'],
    [{ domain: 'https://acme.com' }, 'Domain must look like acme.com.'],
    [{ customerSince: '31/03/2024' }, 'Use a date like 2026-03-31.'],
    // Every problem at once, in words, never the schema's JSON dump.
    [{ name: '', arr: -1 }, 'Name is required. ARR cannot be negative.'],
  ])('refuses %o with exactly “%s” and stores nothing', async (patch, message) => {
    const db = freshDb();
    await expect(createAccount(db, input(patch), AT)).rejects.toMatchObject({ message });
    expect(await countAccounts(db)).toBe(0);
  });
});

describe('updateAccount', () => {
  it('replaces the edited fields and keeps id, creation time and import link', async () => {
    const db = freshDb();
    await db.accounts.add(stored('a1', 'Acme', { importId: 'imp-1', cohort: 'power_user' }));
    const updated = await updateAccount(
      db,
      'a1',
      input({ name: 'Acme Group', arr: 96_000, techStack: [], cohort: 'power_user' }),
      LATER,
    );
    expect(updated).toMatchObject({
      id: 'a1',
      name: 'Acme Group',
      arr: 96_000,
      techStack: [],
      createdAt: AT,
      updatedAt: LATER,
      importId: 'imp-1',
      cohort: 'power_user',
    });
    expect(await getAccount(db, 'a1')).toEqual(updated);
    expect(await countAccounts(db)).toBe(1);
  });

  it('says so when the account was deleted meanwhile, without bringing it back', async () => {
    const db = freshDb();
    await expect(updateAccount(db, 'gone', input(), LATER)).rejects.toThrow(
      'That account no longer exists.',
    );
    expect(await getAccount(db, 'gone')).toBeUndefined();
  });

  it('refuses an invalid edit with the field’s message and leaves the account as it was', async () => {
    const db = freshDb();
    const acme = stored('a1', 'Acme');
    await db.accounts.add(acme);
    await expect(updateAccount(db, 'a1', input({ salesCycleDays: 2.5 }), LATER)).rejects.toThrow(
      'Sales cycle must be whole days.',
    );
    expect(await getAccount(db, 'a1')).toEqual(acme);
  });
});

describe('setAccountCohort', () => {
  it('marks a cohort chosen by hand as manual, so rule suggestions leave it alone', async () => {
    const db = freshDb();
    await db.accounts.add(stored('a1', 'Acme', { cohort: 'churner', cohortSource: 'rule' }));
    await setAccountCohort(db, 'a1', 'power_user', LATER);
    expect(await getAccount(db, 'a1')).toMatchObject({
      cohort: 'power_user',
      cohortSource: 'manual',
      updatedAt: LATER,
      name: 'Acme',
    });
  });

  it('clears the cohort and its source together', async () => {
    const db = freshDb();
    await db.accounts.add(stored('a1', 'Acme', { cohort: 'churner', cohortSource: 'manual' }));
    await setAccountCohort(db, 'a1', null, LATER);
    expect(await getAccount(db, 'a1')).toMatchObject({ cohort: null, cohortSource: null });
  });

  it('accepts choosing the cohort the account already has', async () => {
    const db = freshDb();
    await db.accounts.add(stored('a1', 'Acme', { cohort: 'churner', cohortSource: 'manual' }));
    // Same cohort, same instant: nothing changes, but the account plainly still exists.
    await expect(setAccountCohort(db, 'a1', 'churner', AT)).resolves.toBeUndefined();
    await expect(setAccountCohort(db, 'a1', 'churner', LATER)).resolves.toBeUndefined();
    expect(await getAccount(db, 'a1')).toMatchObject({ cohort: 'churner', updatedAt: LATER });
  });

  it('says so when the account no longer exists, and creates nothing', async () => {
    const db = freshDb();
    await expect(setAccountCohort(db, 'gone', 'churner', LATER)).rejects.toThrow(
      'That account no longer exists.',
    );
    expect(await countAccounts(db)).toBe(0);
  });
});
