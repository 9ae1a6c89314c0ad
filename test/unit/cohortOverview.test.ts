import { describe, expect, it } from 'vitest';
import { cohortProfiles, retentionByStartQuarter } from '../../src/domain/cohortOverview';
import type { Account } from '../../src/domain/schemas/account';
import { accountRecord } from '../fixtures/records';

const TODAY = '2026-04-15';
const at = '2026-01-01T00:00:00.000Z';

function account(id: string, fields: Partial<Account> = {}): Account {
  return accountRecord({ id, createdAt: at, updatedAt: at, ...fields });
}

const power = { cohort: 'power_user' as const, cohortSource: 'rule' as const };

const accounts: Account[] = [
  account('p1', {
    ...power,
    arr: 100_000,
    ltv: 300_000,
    salesCycleDays: 20,
    customerSince: '2024-04-15', // 24 months
    nps: 9,
    integrations: 5,
  }),
  account('p2', {
    ...power,
    arr: 150_000,
    salesCycleDays: 30,
    customerSince: '2025-04-01', // 12 months
    nps: 10,
    integrations: 7,
  }),
  account('p3', {
    ...power,
    arr: 200_000,
    ltv: 500_000,
    customerSince: '2023-04-15', // 36 months
    integrations: 4,
  }),
  account('c1', {
    cohort: 'churner',
    cohortSource: 'manual',
    arr: 20_000,
    customerSince: '2024-01-10',
    churnedAt: '2025-01-09', // 11 months, not 15: tenure stops at the churn
  }),
  account('u1'),
];

const none = { value: null, n: 0 };

describe('cohortProfiles', () => {
  it('gives each cohort its count and medians, with the n behind each', () => {
    const [powerUsers, emerging, churners, lost, unassigned] = cohortProfiles(accounts, TODAY);
    expect(powerUsers).toEqual({
      cohort: 'power_user',
      count: 3,
      arr: { value: 150_000, n: 3 },
      ltv: { value: 400_000, n: 2 }, // (300,000 + 500,000) / 2; p2 has none
      salesCycleDays: { value: 25, n: 2 },
      tenureMonths: { value: 24, n: 3 },
      nps: { value: 9.5, n: 2 },
      integrations: { value: 5, n: 3 },
    });
    expect(churners).toMatchObject({
      cohort: 'churner',
      count: 1,
      arr: { value: 20_000, n: 1 },
      tenureMonths: { value: 11, n: 1 },
      ltv: none,
    });
    expect(unassigned).toMatchObject({ cohort: 'unassigned', count: 1, tenureMonths: none });
    for (const empty of [emerging, lost]) {
      expect(empty).toMatchObject({ count: 0, arr: none, nps: none, tenureMonths: none });
    }
    expect([emerging?.cohort, lost?.cohort]).toEqual(['emerging_promoter', 'lost_deal']);
  });

  it('keeps every row for an empty workspace', () => {
    expect(cohortProfiles([], TODAY).map((row) => [row.cohort, row.count])).toEqual([
      ['power_user', 0],
      ['emerging_promoter', 0],
      ['churner', 0],
      ['lost_deal', 0],
      ['unassigned', 0],
    ]);
  });
});

describe('retentionByStartQuarter', () => {
  const starts: Account[] = [
    ...accounts,
    account('q1b', { customerSince: '2024-02-01' }),
    account('q2b', { customerSince: '2024-06-30', churnedAt: '2025-02-01' }),
    account('booked', { customerSince: '2026-06-01' }),
  ];

  it('counts starts and survivors per quarter, oldest first, with the gaps kept', () => {
    const empty = { started: 0, retained: 0, retentionRate: null };
    expect(retentionByStartQuarter([...starts].reverse(), TODAY)).toEqual([
      { quarter: '2023-Q2', started: 1, retained: 1, retentionRate: 1 },
      { quarter: '2023-Q3', ...empty },
      { quarter: '2023-Q4', ...empty },
      { quarter: '2024-Q1', started: 2, retained: 1, retentionRate: 0.5 },
      { quarter: '2024-Q2', started: 2, retained: 1, retentionRate: 0.5 },
      { quarter: '2024-Q3', ...empty },
      { quarter: '2024-Q4', ...empty },
      { quarter: '2025-Q1', ...empty },
      { quarter: '2025-Q2', started: 1, retained: 1, retentionRate: 1 },
    ]);
  });

  it('has no rows without customers', () => {
    expect(retentionByStartQuarter([account('x'), account('y')], TODAY)).toEqual([]);
  });
});
