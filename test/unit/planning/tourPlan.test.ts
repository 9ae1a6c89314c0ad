import { describe, expect, it } from 'vitest';
import { tourPlan } from '../../../src/domain/planning/tourPlan';
import type { Account } from '../../../src/domain/schemas/account';
import { account, deal, interview, quote, workspace } from '../synthesis/builders';

const fintechEmea: Partial<Account> = {
  industry: 'Fintech',
  region: 'EMEA',
  employees: 100,
  integrations: 2,
};

const planned = { status: 'planned', notes: '' } as const;
const c7Call = interview('i-c7', 'c7', '2026-02-10', planned);

const input = workspace({
  accounts: [
    account('c1', 'churner', { name: 'Heard', ...fintechEmea }),
    account('c2', 'churner', { name: 'Zeta', ...fintechEmea, arr: 50_000 }),
    account('c3', 'churner', {
      name: 'Healthy',
      ...fintechEmea,
      industry: 'Healthtech',
      region: 'DE',
      arr: 10_000,
    }),
    account('c4', 'churner', {
      name: 'Far away',
      ...fintechEmea,
      region: 'APAC',
      employees: 3000,
      integrations: 5,
    }),
    account('c5', 'churner', { name: 'Beta', ...fintechEmea, arr: 50_000 }),
    account('c6', 'churner', { name: 'Booked', ...fintechEmea, industry: 'Retail' }),
    account('c7', 'churner', { name: 'Quoted', ...fintechEmea }),
    account('c8', 'churner', { name: 'Big retail', ...fintechEmea, industry: 'Retail', arr: 1e6 }),
    account('l1', 'lost_deal', { name: 'Lost one' }),
    account('l2', 'lost_deal', { name: 'Lost two' }),
    account('e1', 'emerging_promoter', { name: 'Promoter heard', industry: 'Agency' }),
    account('e2', 'emerging_promoter', { name: 'Promoter next', industry: 'Retail' }),
    account('u1', null),
  ],
  interviews: [
    interview('i-c1', 'c1', '2026-01-20'),
    interview('i-c6', 'c6', '2026-03-05', planned),
    c7Call,
    interview('i-e1', 'e1'),
  ],
  // A planned interview with a quote in it took place (its notes were cleared afterwards).
  highlights: [quote('q1', c7Call, [])],
  deals: [
    deal('d1', 'c4', { stage: 'open', amount: 20_000 }),
    deal('d2', 'c4', { stage: 'open', amount: 5_000 }),
    deal('d3', 'c4', { stage: 'lost', amount: 90_000 }),
    deal('d4', 'l1', { stage: 'lost', amount: 60_000 }),
    deal('d5', 'l1', { stage: 'lost', amount: 10_000 }),
  ],
});

const targets = { power_user: 1, emerging_promoter: 1, churner: 3, lost_deal: 1 };
const names = (candidates: readonly { account: Account }[]) =>
  candidates.map((c) => c.account.name);

describe('tourPlan', () => {
  const plan = tourPlan(input, targets);
  const churners = plan.cohorts[2];

  it('lists per cohort the accounts with no interview, held or scheduled', () => {
    expect(plan.cohorts.map((c) => c.cohort)).toEqual([
      'power_user',
      'emerging_promoter',
      'churner',
      'lost_deal',
    ]);
    expect(plan.cohorts.map((c) => c.accounts)).toEqual([0, 2, 8, 2]);
    expect(names(plan.cohorts[1]?.candidates ?? [])).toEqual(['Promoter next']);
    expect(names(churners?.candidates ?? [])).not.toContain('Heard');
    expect(names(churners?.candidates ?? [])).not.toContain('Booked');
    expect(names(churners?.candidates ?? [])).not.toContain('Quoted');
    expect(plan.unassigned).toBe(1);
  });

  it('ranks by traits not heard yet, then deal value, then name', () => {
    expect(names(churners?.candidates ?? [])).toEqual([
      'Far away', // size band, region and integrations band no churner heard has
      'Healthy', // industry and country
      'Big retail', // Retail is already booked with Booked: no new trait, but $1,000,000
      'Beta', // $50,000, before Zeta by name
      'Zeta',
    ]);
  });

  it('gives each candidate reasons a founder can read', () => {
    expect(churners?.candidates[0]?.reasons.map((r) => r.text)).toEqual([
      'Churners: 2 of 3 heard, 1 more needed',
      'No 1001-5000 employee account heard yet in Churners',
      'No account from APAC heard yet in Churners',
      'No account with 4-6 integrations heard yet in Churners',
      'Open deals $25,000',
    ]);
    expect(churners?.candidates[1]?.reasons.map((r) => r.text)).toEqual([
      'Churners: 2 of 3 heard, 1 more needed',
      'No Healthtech account heard yet in Churners',
      'No account from Germany heard yet in Churners',
      'ARR $10,000',
    ]);
    const lost = plan.cohorts[3]?.candidates ?? [];
    expect(lost.map((c) => [c.account.name, c.value])).toEqual([
      ['Lost one', { source: 'lost_deal', amount: 60_000 }],
      ['Lost two', null],
    ]);
    expect(lost[0]?.reasons.map((r) => r.text)).toEqual([
      'Lost deals: 0 of 1 heard, 1 more needed',
      'Lost deal $60,000',
    ]);
    // A cohort that met its target gives no gap reason.
    expect(plan.cohorts[1]?.candidates[0]?.reasons.map((r) => r.kind)).toEqual(['trait']);
  });

  it('counts coverage against each cohort’s own target and lists the scheduled calls', () => {
    expect(churners?.coverage).toMatchObject({
      interviewedAccounts: 2,
      scheduled: 1,
      target: 3,
      missing: 1,
    });
    expect(churners?.scheduled.map((s) => [s.account.name, s.interview.date])).toEqual([
      ['Booked', '2026-03-05'],
    ]);
    expect(plan.cohorts[1]?.coverage.met).toBe(true);
  });

  it('puts cohorts short of their target first across cohorts', () => {
    expect(names(plan.next)).toEqual([
      'Far away',
      'Healthy',
      'Big retail',
      'Lost one',
      'Beta',
      'Zeta',
      'Lost two',
      'Promoter next',
    ]);
  });

  it('gives the same plan whatever order the records come in', () => {
    const reversed = {
      ...input,
      accounts: [...input.accounts].reverse(),
      interviews: [...input.interviews].reverse(),
      deals: [...input.deals].reverse(),
    };
    expect(tourPlan(reversed, targets)).toEqual(plan);
  });

  it('has nothing to suggest in an empty workspace', () => {
    const empty = tourPlan(workspace({}), targets);
    expect(empty.next).toEqual([]);
    expect(empty.cohorts.every((c) => c.accounts === 0 && c.candidates.length === 0)).toBe(true);
  });
});
