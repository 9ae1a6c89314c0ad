import { describe, expect, it } from 'vitest';
import {
  failureAnalysis,
  lossReasonKey,
  type FailureCohortAnalysis,
} from '../../../src/domain/synthesis/failureAnalysis';
import { account, code, deal, interview, quote, workspace } from './builders';

const ic1 = interview('ic1', 'c1');
const ic2 = interview('ic2', 'c2');
const ic3 = interview('ic3', 'c3', '2026-02-01', { interviewer: 'Lee' });
const il1 = interview('il1', 'l1');
const il2 = interview('il2', 'l2');
const ip1 = interview('ip1', 'p1');

const input = workspace({
  codes: [
    code('sf', 'failure_product', 'Missing Salesforce integration'),
    code('sso', 'failure_product', 'No SSO'),
    code('onb', 'failure_process', 'Slow onboarding'),
    code('budget', 'failure_external', 'Budget freeze'),
    code('pain', 'pain_point', 'Manual reporting'),
  ],
  accounts: [
    account('c1', 'churner', { arr: 10_000 }),
    account('c2', 'churner', { arr: 20_000 }),
    account('c3', 'churner', { arr: null }),
    account('c4', 'churner', { arr: 5_000 }),
    account('l1', 'lost_deal'),
    account('l2', 'lost_deal'),
    account('l3', 'lost_deal'),
    account('p1', 'power_user', { arr: 90_000 }),
  ],
  interviews: [ic1, ic2, ic3, il1, il2, ip1],
  highlights: [
    quote('q1', ic1, ['sf']),
    quote('q2', ic1, ['sf', 'pain']),
    quote('q3', ic2, ['sf', 'onb']),
    quote('q4', ic3, ['budget']),
    quote('q5', il1, ['sso']),
    quote('q6', il2, ['onb']),
    // A power user grumbling about SSO is not a failure story.
    quote('q7', ip1, ['sso']),
  ],
  deals: [
    deal('d0', 'c1', { stage: 'won', amount: 10_000 }),
    deal('d1', 'c1', {
      stage: 'lost',
      amount: 10_000,
      lossCategory: 'product',
      lossReason: 'No Salesforce sync.',
    }),
    deal('d2', 'c4', { stage: 'lost', lossCategory: 'process', lossReason: 'Onboarding dragged' }),
    deal('d3', 'l1', {
      stage: 'lost',
      amount: 30_000,
      lossCategory: 'product',
      lossReason: 'no  salesforce sync',
    }),
    deal('d4', 'l2', {
      stage: 'lost',
      amount: 12_000,
      lossCategory: 'process',
      lossReason: 'Pricing confusion',
    }),
    deal('d5', 'l3', {
      stage: 'lost',
      amount: 40_000,
      lossCategory: 'external',
      lossReason: 'budget freeze.',
    }),
    deal('d6', 'l3', {
      stage: 'lost',
      amount: null,
      lossCategory: 'external',
      lossReason: 'Budget freeze',
    }),
    deal('d7', 'l2', { stage: 'lost', amount: 5_000, lossReason: 'Went dark' }),
    deal('d8', 'p1', {
      stage: 'lost',
      amount: 9_000,
      lossCategory: 'product',
      lossReason: 'EU residency',
    }),
  ],
});

const analysis = failureAnalysis(input);
const cohort = (name: 'churner' | 'lost_deal'): FailureCohortAnalysis => {
  const found = analysis.cohorts.find((c) => c.cohort === name);
  if (!found) throw new Error(name);
  return found;
};
const category = (name: 'churner' | 'lost_deal', which: string) => {
  const found = cohort(name).categories.find((c) => c.category === which);
  if (!found) throw new Error(which);
  return found;
};
const reasons = (name: 'churner' | 'lost_deal', which: string) =>
  category(name, which).reasons.map((r) => ({
    key: r.key,
    label: r.label,
    accounts: r.accounts,
    deals: r.deals,
    arrLost: r.arrLost,
    moneyUnknown: r.moneyUnknown,
  }));

describe('failureAnalysis: churners', () => {
  it('counts accounts with evidence from quotes and deals together', () => {
    expect(cohort('churner')).toMatchObject({ cohortAccounts: 4, accountsWithEvidence: 4 });
    expect(analysis.cohorts.map((c) => c.categories.map((k) => k.category))).toEqual([
      ['product', 'process', 'external'],
      ['product', 'process', 'external'],
    ]);
  });

  it('product: union of quoted and deal accounts, ARR of the accounts', () => {
    expect(category('churner', 'product')).toMatchObject({
      accountIds: ['c1', 'c2'],
      accounts: 2,
      share: 0.5,
      deals: 1,
      arrLost: 30_000,
      moneyUnknown: 0,
    });
    expect(reasons('churner', 'product')).toEqual([
      {
        key: 'code:sf',
        label: 'Missing Salesforce integration',
        accounts: 2,
        deals: 1,
        arrLost: 30_000,
        moneyUnknown: 0,
      },
      {
        key: 'deal:product:no salesforce sync',
        label: 'No Salesforce sync.',
        accounts: 1,
        deals: 1,
        arrLost: 10_000,
        moneyUnknown: 0,
      },
    ]);
  });

  it('process and external, with unknown ARR counted apart', () => {
    expect(category('churner', 'process')).toMatchObject({
      accountIds: ['c2', 'c4'],
      share: 0.5,
      deals: 1,
      arrLost: 25_000,
    });
    // Equal accounts: the reason with a deal behind it comes first.
    expect(reasons('churner', 'process').map((r) => r.key)).toEqual([
      'deal:process:onboarding dragged',
      'code:onb',
    ]);
    expect(category('churner', 'external')).toMatchObject({
      accountIds: ['c3'],
      share: 0.25,
      deals: 0,
      arrLost: 0,
      moneyUnknown: 1,
    });
  });
});

describe('failureAnalysis: lost deals', () => {
  it('money is the amount of the lost deals attributed to the reason', () => {
    expect(category('lost_deal', 'product')).toMatchObject({
      accountIds: ['l1'],
      deals: 1,
      arrLost: 30_000,
    });
    expect(reasons('lost_deal', 'product')).toEqual([
      { key: 'code:sso', label: 'No SSO', accounts: 1, deals: 1, arrLost: 30_000, moneyUnknown: 0 },
      {
        key: 'deal:product:no salesforce sync',
        label: 'no  salesforce sync',
        accounts: 1,
        deals: 1,
        arrLost: 30_000,
        moneyUnknown: 0,
      },
    ]);
  });

  it('a quoted reason takes every lost deal of the account', () => {
    expect(category('lost_deal', 'process')).toMatchObject({ deals: 2, arrLost: 17_000 });
    expect(reasons('lost_deal', 'process')).toEqual([
      {
        key: 'code:onb',
        label: 'Slow onboarding',
        accounts: 1,
        deals: 2,
        arrLost: 17_000,
        moneyUnknown: 0,
      },
      {
        key: 'deal:process:pricing confusion',
        label: 'Pricing confusion',
        accounts: 1,
        deals: 1,
        arrLost: 12_000,
        moneyUnknown: 0,
      },
    ]);
  });

  it('groups loss reasons case-insensitively; a tie of spellings goes to code-unit order', () => {
    expect(reasons('lost_deal', 'external')).toEqual([
      {
        key: 'deal:external:budget freeze',
        label: 'Budget freeze',
        accounts: 1,
        deals: 2,
        arrLost: 40_000,
        moneyUnknown: 1,
      },
    ]);
  });

  it('labels a reason the same whichever spelling comes first', () => {
    expect(failureAnalysis({ ...input, deals: [...input.deals].reverse() })).toEqual(analysis);
  });

  it('keeps reasons without a category apart instead of dropping them', () => {
    expect(cohort('lost_deal').uncategorised).toMatchObject([
      {
        key: 'deal:none:went dark',
        label: 'Went dark',
        category: null,
        accounts: 1,
        deals: 1,
        arrLost: 5_000,
      },
    ]);
    expect(cohort('lost_deal')).toMatchObject({ cohortAccounts: 3, accountsWithEvidence: 3 });
  });
});

describe('wouldFitOnceShips', () => {
  it('lists product-failure accounts of both cohorts by capability', () => {
    expect(
      analysis.wouldFitOnceShips.map((gap) => ({
        key: gap.key,
        accounts: gap.accounts.map((a) => `${a.account.id}:${a.cohort}`),
        arrAtStake: gap.arrAtStake,
        message: gap.message,
      })),
    ).toEqual([
      {
        key: 'deal:product:no salesforce sync',
        accounts: ['c1:churner', 'l1:lost_deal'],
        arrAtStake: 40_000,
        message: '2 accounts lost over “No Salesforce sync.” would fit once it ships',
      },
      {
        key: 'code:sf',
        accounts: ['c1:churner', 'c2:churner'],
        arrAtStake: 30_000,
        message: '2 accounts would fit once “Salesforce integration” ships',
      },
      {
        key: 'code:sso',
        accounts: ['l1:lost_deal'],
        arrAtStake: 30_000,
        message: '1 account would fit once “SSO” ships',
      },
    ]);
  });
});

describe('filters', () => {
  it('filter quotes but not deals, and ignore the code-kind filter', () => {
    const onlyLee = failureAnalysis(input, { interviewer: 'Lee' });
    const churner = onlyLee.cohorts.find((c) => c.cohort === 'churner');
    expect(churner?.categories.map((c) => c.accountIds)).toEqual([['c1'], ['c4'], ['c3']]);
    expect(failureAnalysis(input, { codeKinds: ['pain_point'] })).toEqual(analysis);
  });
});

describe('lossReasonKey', () => {
  it('folds case, spacing and trailing punctuation', () => {
    expect(lossReasonKey('  Budget   Freeze!. ')).toBe('budget freeze');
  });
});
