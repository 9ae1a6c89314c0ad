import { describe, expect, it } from 'vitest';
import { pipelineToPrioritise } from '../../../src/domain/icp/pipeline';
import type { ScoredAccount } from '../../../src/domain/icp/scoring';
import {
  describeSeparation,
  icpSeparation,
  scoreDistribution,
  separationAuc,
} from '../../../src/domain/icp/separation';
import type { CohortKey } from '../../../src/domain/cohortOverview';
import { account, deal } from '../synthesis/builders';

function scored(
  accountId: string,
  cohort: CohortKey,
  score: number,
  excluded = false,
): ScoredAccount {
  return { accountId, cohort, score, matched: [], excluded, reasons: [] };
}

describe('separationAuc', () => {
  it('is the share of power/churn pairs the power user wins, ties counting half', () => {
    // Pairs: 3>1, 3<4, 5>1, 5>4 → 3 of 4.
    expect(separationAuc([3, 5], [1, 4])).toBe(0.75);
    expect(separationAuc([2, 2], [2, 1])).toBe(0.75);
    expect(separationAuc([1], [1])).toBe(0.5);
    expect(separationAuc([], [1])).toBeNull();
  });
  it('ranks excluded accounts below every scored account', () => {
    const rows = [
      scored('p1', 'power_user', -3),
      scored('c1', 'churner', 5, true),
      scored('l1', 'lost_deal', -3),
      scored('e1', 'emerging_promoter', 9),
    ];
    // p1 beats the excluded churner and ties the lost deal: (1 + 0.5) / 2.
    expect(icpSeparation(rows)).toBe(0.75);
  });
});

describe('describeSeparation', () => {
  it('reads the AUC in plain language', () => {
    expect(describeSeparation(0.86)).toBe(
      'Strong: a power user outscores a churner or lost deal 86% of the time',
    );
    expect(describeSeparation(0.5)).toMatch(/^None: .*coin toss/);
    expect(describeSeparation(0.2)).toMatch(/^Inverted/);
    expect(describeSeparation(null)).toMatch(/^Not enough data/);
  });
});

describe('scoreDistribution', () => {
  it('gives min, median, max and shared buckets per cohort, excluded counted apart', () => {
    const dist = scoreDistribution([
      scored('a', 'power_user', 3),
      scored('b', 'power_user', 5),
      scored('c', 'churner', 1),
      scored('d', 'churner', 9, true),
    ]);
    const power = dist.find((d) => d.cohort === 'power_user');
    const churn = dist.find((d) => d.cohort === 'churner');
    expect(power).toMatchObject({ n: 2, min: 3, median: 4, max: 5, excluded: 0 });
    expect(churn).toMatchObject({ n: 1, min: 1, median: 1, max: 1, excluded: 1 });
    expect(power?.buckets.map((b) => [b.from, b.count])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 0],
      [5, 1],
    ]);
    expect(dist.find((d) => d.cohort === 'lost_deal')).toMatchObject({ n: 0, median: null });
  });
});

describe('pipelineToPrioritise', () => {
  it('lists open deals of well-scoring, not excluded accounts, best first', () => {
    const accounts = [
      account('a', null),
      account('b', null),
      account('c', null),
      account('d', null),
    ];
    const deals = [
      deal('d1', 'a', { stage: 'open' }),
      deal('d2', 'b', { stage: 'open' }),
      deal('d3', 'c', { stage: 'open' }),
      deal('d4', 'd', { stage: 'won' }),
      deal('d5', 'b', { stage: 'lost' }),
    ];
    const rows = pipelineToPrioritise(
      accounts,
      deals,
      [
        scored('a', 'unassigned', 3),
        scored('b', 'unassigned', 8),
        scored('c', 'unassigned', 9, true),
        scored('d', 'unassigned', 9),
      ],
      3,
    );
    expect(rows.map((r) => r.deal.id)).toEqual(['d2', 'd1']);
  });
});
