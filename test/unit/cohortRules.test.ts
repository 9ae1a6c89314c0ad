import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COHORT_THRESHOLDS,
  applySuggestions,
  cohortThresholdsFromSetting,
  cohortThresholdsSchema,
  suggestCohorts,
  tenureMonths,
  wholeMonthsBetween,
  type CohortSuggestion,
} from '../../src/domain/cohortRules';
import type { Account } from '../../src/domain/schemas/account';
import { COHORTS } from '../../src/domain/schemas/cohort';
import type { Deal } from '../../src/domain/schemas/deal';
import { accountRecord, dealRecord } from '../fixtures/records';

const TODAY = '2026-04-15';
const at = '2026-01-01T00:00:00.000Z';

function account(id: string, fields: Partial<Account> = {}): Account {
  return accountRecord({ id, createdAt: at, updatedAt: at, ...fields });
}

function deal(id: string, accountId: string, stage: Deal['stage']): Deal {
  return dealRecord({ id, createdAt: at, updatedAt: at, accountId, stage });
}

/**
 * Eight current customers. ARR sorted: 10k 20k 30k 40k 60k 80k 96k 120k, so the type-7 upper
 * quartile is x[5] + 0.25 · (x[6] - x[5]) = 80,000 + 4,000 = $84,000. Cycles sorted:
 * 14 21 28 33 35 40 45 60, so the median is (33 + 35) / 2 = 34 days.
 */
const customers: Account[] = [
  account('top', { arr: 120_000, salesCycleDays: 21, customerSince: '2024-02-10', nps: 7 }),
  account('slow', { arr: 96_000, salesCycleDays: 60, customerSince: '2023-10-01', nps: 9 }),
  account('fresh', { arr: 80_000, salesCycleDays: 14, customerSince: '2025-11-15', nps: 10 }),
  account('steady', { arr: 60_000, salesCycleDays: 28, customerSince: '2024-08-01', nps: 8 }),
  account('lukewarm', { arr: 40_000, salesCycleDays: 33, customerSince: '2026-01-05', nps: 6 }),
  account('quiet', { arr: 30_000, salesCycleDays: 35, customerSince: '2026-02-01' }),
  account('small', { arr: 20_000, salesCycleDays: 40, customerSince: '2023-01-01', nps: 9 }),
  account('tiny', { arr: 10_000, salesCycleDays: 45, customerSince: '2022-06-01' }),
];

/** Accounts that must not move the reference: churned, not customers, or without the numbers. */
const others: Account[] = [
  account('gone', {
    arr: 500_000,
    salesCycleDays: 1,
    customerSince: '2023-05-01',
    churnedAt: '2026-03-01',
  }),
  account('goneLost', { churnedAt: '2025-12-31', customerSince: '2024-01-01' }),
  account('lost3'),
  account('lost1'),
  account('prospect'),
  account('mixed'),
  account('noArr', { customerSince: '2024-01-01', nps: 10 }),
];

const deals: Deal[] = [
  deal('d1', 'lost3', 'lost'),
  deal('d2', 'lost3', 'lost'),
  deal('d3', 'lost3', 'lost'),
  deal('d4', 'lost1', 'lost'),
  deal('d5', 'mixed', 'lost'),
  deal('d6', 'mixed', 'open'),
  deal('d7', 'mixed', 'lost'),
  deal('d8', 'goneLost', 'lost'),
  deal('d9', 'steady', 'lost'),
  deal('d10', 'steady', 'lost'),
];

const workspace = [...customers, ...others];

function suggestionsById(
  accounts: readonly Account[],
  thresholds = DEFAULT_COHORT_THRESHOLDS,
  dealList: readonly Deal[] = deals,
): Map<string, CohortSuggestion> {
  const suggestions = suggestCohorts(accounts, dealList, thresholds, TODAY);
  return new Map(suggestions.map((suggestion) => [suggestion.accountId, suggestion]));
}

function suggestionFor(id: string, accounts: readonly Account[] = workspace) {
  const suggestion = suggestionsById(accounts).get(id);
  if (!suggestion) throw new Error(`no suggestion for ${id}`);
  return { cohort: suggestion.cohort, reason: suggestion.reason };
}

function replace(id: string, fields: Partial<Account>): Account[] {
  return workspace.map((a) => (a.id === id ? { ...a, ...fields } : a));
}

describe('wholeMonthsBetween and tenureMonths', () => {
  it.each([
    ['2025-11-15', '2026-04-15', 5],
    ['2025-11-20', '2026-04-15', 4],
    ['2024-02-10', '2026-04-15', 26],
    ['2026-01-31', '2026-02-28', 1],
    ['2024-01-31', '2024-02-28', 0],
    ['2024-01-31', '2024-02-29', 1],
    ['2026-04-15', '2026-04-15', 0],
    ['2026-05-01', '2026-04-15', 0],
  ])('%s → %s is %i months', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });

  it('counts tenure to the churn date, or to today', () => {
    expect(tenureMonths({ customerSince: '2025-01-10', churnedAt: '2025-07-09' }, TODAY)).toBe(5);
    expect(tenureMonths({ customerSince: '2025-01-10', churnedAt: null }, TODAY)).toBe(15);
    expect(tenureMonths({ customerSince: null, churnedAt: null }, TODAY)).toBeNull();
  });

  it('refuses a malformed today', () => {
    expect(() => suggestCohorts([], [], DEFAULT_COHORT_THRESHOLDS, '15/04/2026')).toThrow(
      RangeError,
    );
  });
});

describe('suggestCohorts: the rules and their reasons', () => {
  it('power user: top-quartile ARR, cycle at or under the median, retained 12+ months', () => {
    expect(suggestionFor('top')).toEqual({
      cohort: 'power_user',
      reason: 'ARR in top 25% (≥ $84,000), cycle 21 d ≤ median 34 d, customer 26 months',
    });
  });

  it('power user: a promoter NPS stands in for tenure', () => {
    expect(suggestionFor('top', replace('top', { customerSince: '2025-10-01', nps: 10 }))).toEqual({
      cohort: 'power_user',
      reason: 'ARR in top 25% (≥ $84,000), cycle 21 d ≤ median 34 d, NPS 10',
    });
  });

  it('not a power user when the cycle is over the median, however big the logo', () => {
    expect(suggestionFor('slow')).toEqual({
      cohort: null,
      reason: 'ARR in top 25% (≥ $84,000), but cycle 60 d > median 34 d',
    });
  });

  it('not a power user when neither retained long nor a promoter', () => {
    expect(suggestionFor('top', replace('top', { customerSince: '2025-10-01' }))).toEqual({
      cohort: null,
      reason:
        'ARR in top 25% (≥ $84,000), cycle 21 d ≤ median 34 d, but customer 6 months (< 12) and NPS 7 (< 9)',
    });
  });

  it('emerging promoter: under 12 months with NPS 9-10', () => {
    expect(suggestionFor('fresh')).toEqual({
      cohort: 'emerging_promoter',
      reason: 'Customer 5 months, NPS 10',
    });
  });

  it('no suggestion: says which bar was missed', () => {
    expect(suggestionFor('steady')).toEqual({
      cohort: null,
      reason: 'ARR below top 25% (≥ $84,000)',
    });
    expect(suggestionFor('lukewarm')).toEqual({
      cohort: null,
      reason: 'ARR below top 25% (≥ $84,000); customer 3 months, NPS 6 (< 9)',
    });
    expect(suggestionFor('quiet')).toEqual({
      cohort: null,
      reason: 'ARR below top 25% (≥ $84,000); customer 2 months, no NPS recorded',
    });
    expect(suggestionFor('noArr')).toEqual({ cohort: null, reason: 'No ARR recorded' });
  });

  it('needs a recorded cycle when the cycle rule is on', () => {
    const accounts = replace('top', { salesCycleDays: null });
    expect(suggestionFor('top', accounts)).toEqual({
      cohort: null,
      reason: 'ARR in top 25% (≥ $84,000), but no sales cycle recorded',
    });
  });

  it('churner: has churned, before any other rule', () => {
    expect(suggestionFor('gone')).toEqual({ cohort: 'churner', reason: 'Churned 2026-03-01' });
    // All its deals were lost, but it was a customer who left.
    expect(suggestionFor('goneLost')).toEqual({ cohort: 'churner', reason: 'Churned 2025-12-31' });
  });

  it('lost deal: only lost deals and never a customer', () => {
    expect(suggestionFor('lost3')).toEqual({ cohort: 'lost_deal', reason: '3 deals, all lost' });
    expect(suggestionFor('lost1')).toEqual({ cohort: 'lost_deal', reason: '1 deal, lost' });
    expect(suggestionFor('mixed')).toEqual({
      cohort: null,
      reason: 'Not a customer; 3 deals: 2 lost, 1 open',
    });
    expect(suggestionFor('prospect')).toEqual({
      cohort: null,
      reason: 'Not a customer and no deals recorded',
    });
    // A customer whose other deals were lost is still judged as a customer.
    expect(suggestionFor('steady').cohort).toBeNull();
  });

  it('computes the bars over current customers only', () => {
    // 'gone' has $500,000 ARR and a 1-day cycle; counting it would raise the quartile and drop the median.
    const withoutOthers = suggestionsById(customers).get('top');
    expect(withoutOthers?.reason).toBe(suggestionFor('top').reason);
  });

  it('ranks by LTV when the team chooses it', () => {
    const accounts = [
      account('a', { ltv: 100_000, salesCycleDays: 10, customerSince: '2024-01-01' }),
      account('b', { ltv: 200_000, salesCycleDays: 20, customerSince: '2024-01-01' }),
      account('c', { ltv: 300_000, salesCycleDays: 30, customerSince: '2024-01-01' }),
      account('d', { ltv: 400_000, salesCycleDays: 15, customerSince: '2024-01-01' }),
    ];
    const thresholds = { ...DEFAULT_COHORT_THRESHOLDS, valueMetric: 'ltv' as const };
    // LTV quartile: 300,000 + 0.25 · 100,000; cycle median (15 + 20) / 2.
    expect(suggestionsById(accounts, thresholds, []).get('d')?.reason).toBe(
      'LTV in top 25% (≥ $325,000), cycle 15 d ≤ median 17.5 d, customer 27 months',
    );
  });

  it('drops the cycle test when the team switches it off', () => {
    const thresholds = { ...DEFAULT_COHORT_THRESHOLDS, cycleAtOrUnderMedian: false };
    expect(suggestionsById(workspace, thresholds).get('slow')).toMatchObject({
      cohort: 'power_user',
      reason: 'ARR in top 25% (≥ $84,000), customer 30 months',
    });
  });

  it('widens the top share from the settings', () => {
    // Top 50%: median ARR of the eight customers, (40,000 + 60,000) / 2.
    const thresholds = { ...DEFAULT_COHORT_THRESHOLDS, valueTopShare: 0.5 };
    expect(suggestionsById(workspace, thresholds).get('steady')).toMatchObject({
      cohort: 'power_user',
      reason: 'ARR in top 50% (≥ $50,000), cycle 28 d ≤ median 34 d, customer 20 months',
    });
  });
});

describe('suggestCohorts: never overwrites the user', () => {
  it('reports the current cohort and whether the suggestion would apply', () => {
    const accounts = [
      account('manual', { churnedAt: '2026-01-01', cohort: 'power_user', cohortSource: 'manual' }),
      account('same', { churnedAt: '2026-01-01', cohort: 'churner', cohortSource: 'rule' }),
      account('stale', { churnedAt: '2026-01-01', cohort: 'power_user', cohortSource: 'rule' }),
      account('imported', { churnedAt: '2026-01-01', cohort: 'power_user', cohortSource: null }),
      account('fresh', { churnedAt: '2026-01-01' }),
      account('nothing', { cohort: 'lost_deal', cohortSource: 'rule' }),
    ];
    const byId = suggestionsById(accounts, DEFAULT_COHORT_THRESHOLDS, []);
    expect(byId.get('manual')).toEqual({
      accountId: 'manual',
      cohort: 'churner',
      reason: 'Churned 2026-01-01',
      current: 'power_user',
      currentSource: 'manual',
      willApply: false,
    });
    expect(byId.get('same')?.willApply).toBe(false);
    expect(byId.get('stale')?.willApply).toBe(true);
    expect(byId.get('imported')?.willApply).toBe(false);
    expect(byId.get('fresh')?.willApply).toBe(true);
    // No suggestion is not a reason to clear a cohort.
    expect(byId.get('nothing')).toMatchObject({ cohort: null, willApply: false });
  });
});

describe('applySuggestions', () => {
  it('returns only the changed accounts, marked as set by the rules', () => {
    const input = structuredClone(workspace);
    const changed = applySuggestions(
      input,
      suggestCohorts(input, deals, DEFAULT_COHORT_THRESHOLDS, TODAY),
    );
    expect(changed.map((a) => [a.id, a.cohort, a.cohortSource])).toEqual([
      ['top', 'power_user', 'rule'],
      ['fresh', 'emerging_promoter', 'rule'],
      ['gone', 'churner', 'rule'],
      ['goneLost', 'churner', 'rule'],
      ['lost3', 'lost_deal', 'rule'],
      ['lost1', 'lost_deal', 'rule'],
    ]);
    expect(input).toEqual(workspace);
  });

  it('re-checks accounts the user changed after the suggestions were made', () => {
    const suggestions = suggestCohorts(workspace, deals, DEFAULT_COHORT_THRESHOLDS, TODAY);
    const edited = replace('top', { cohort: 'churner', cohortSource: 'manual' });
    expect(applySuggestions(edited, suggestions).map((a) => a.id)).not.toContain('top');
  });
});

const dayMs = 86_400_000;
const isoDay = fc
  .integer({ min: 0, max: 3000 })
  .map((offset) => new Date(Date.UTC(2018, 0, 1) + offset * dayMs).toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const accountFields = fc.record({
  arr: maybe(fc.integer({ min: 0, max: 500_000 })),
  ltv: maybe(fc.integer({ min: 0, max: 2_000_000 })),
  salesCycleDays: maybe(fc.integer({ min: 0, max: 400 })),
  customerSince: maybe(isoDay),
  churnedAt: maybe(isoDay),
  nps: maybe(fc.integer({ min: 0, max: 10 })),
  cohort: maybe(fc.constantFrom(...COHORTS)),
  cohortSource: maybe(fc.constantFrom('manual' as const, 'rule' as const)),
});

/** Accounts with unique ids and deals that point at them. */
const workspaces = fc
  .array(accountFields, { maxLength: 30 })
  .map((fields) => fields.map((f, i) => account(`acc-${i}`, f)))
  .chain((accounts) =>
    fc.tuple(
      fc.constant(accounts),
      fc
        .array(
          fc.record({
            index: fc.nat(),
            stage: fc.constantFrom('won' as const, 'lost' as const, 'open' as const),
          }),
          { maxLength: 40 },
        )
        .map((specs) =>
          accounts.length === 0
            ? []
            : specs.map(({ index, stage }, i) =>
                deal(`deal-${i}`, `acc-${index % accounts.length}`, stage),
              ),
        ),
    ),
  );

const thresholdsArb = fc.record({
  valueMetric: fc.constantFrom('arr' as const, 'ltv' as const),
  valueTopShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
  cycleAtOrUnderMedian: fc.boolean(),
  minTenureMonths: fc.integer({ min: 0, max: 36 }),
  promoterNpsMin: fc.integer({ min: 0, max: 10 }),
  emergingMaxTenureMonths: fc.integer({ min: 1, max: 36 }),
});

describe('properties', () => {
  it('no manual cohort is ever in the output, even from forged suggestions', () => {
    fc.assert(
      fc.property(workspaces, thresholdsArb, ([accounts, dealList], thresholds) => {
        const manual = new Set(
          accounts.filter((a) => a.cohortSource === 'manual').map((a) => a.id),
        );
        const real = suggestCohorts(accounts, dealList, thresholds, TODAY);
        const forged = real.map((s): CohortSuggestion => ({
          ...s,
          cohort: 'churner',
          willApply: true,
        }));
        for (const suggestions of [real, forged]) {
          const changed = applySuggestions(accounts, suggestions);
          expect(changed.filter((a) => manual.has(a.id))).toEqual([]);
          expect(changed.every((a) => a.cohortSource === 'rule')).toBe(true);
        }
      }),
    );
  });

  it('suggestions do not depend on the order of accounts or deals', () => {
    fc.assert(
      fc.property(
        workspaces.chain(([accounts, dealList]) =>
          fc.tuple(
            fc.constant(accounts),
            fc.constant(dealList),
            fc.shuffledSubarray(accounts, { minLength: accounts.length }),
            fc.shuffledSubarray(dealList, { minLength: dealList.length }),
          ),
        ),
        thresholdsArb,
        ([accounts, dealList, shuffledAccounts, shuffledDeals], thresholds) => {
          const byId = (list: CohortSuggestion[]) =>
            [...list].sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
          expect(byId(suggestCohorts(shuffledAccounts, shuffledDeals, thresholds, TODAY))).toEqual(
            byId(suggestCohorts(accounts, dealList, thresholds, TODAY)),
          );
        },
      ),
    );
  });
});

describe('thresholds setting', () => {
  it('falls back to the defaults for a missing or corrupt setting', () => {
    expect(cohortThresholdsFromSetting(undefined)).toEqual(DEFAULT_COHORT_THRESHOLDS);
    expect(cohortThresholdsFromSetting('oops')).toEqual(DEFAULT_COHORT_THRESHOLDS);
    expect(cohortThresholdsFromSetting({ valueTopShare: 2 })).toEqual(DEFAULT_COHORT_THRESHOLDS);
  });

  it('fills thresholds a workspace saved before they existed', () => {
    expect(cohortThresholdsFromSetting({ valueMetric: 'ltv', promoterNpsMin: 10 })).toEqual({
      ...DEFAULT_COHORT_THRESHOLDS,
      valueMetric: 'ltv',
      promoterNpsMin: 10,
    });
  });

  it('explains an invalid threshold in words', () => {
    const result = cohortThresholdsSchema.safeParse({
      ...DEFAULT_COHORT_THRESHOLDS,
      promoterNpsMin: 11,
    });
    expect(result.error?.issues[0]?.message).toBe('Promoter NPS must be from 0 to 10.');
  });
});
