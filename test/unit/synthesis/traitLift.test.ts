import { describe, expect, it } from 'vitest';
import { codeLift, traitLift } from '../../../src/domain/synthesis/traitLift';
import { account, code, interview, quote, workspace } from './builders';

const accounts = [
  account('p1', 'power_user', {
    industry: 'Fintech',
    employees: 30,
    techStack: ['Snowflake', 'Snowflake', 'dbt'],
  }),
  account('p2', 'power_user', { industry: 'Fintech', employees: 120, techStack: ['Snowflake'] }),
  account('p3', 'power_user', { industry: 'Fintech', employeesBand: '51 - 200' }),
  account('p4', 'power_user', { industry: 'SaaS', techStack: ['Snowflake'] }),
  account('p5', 'power_user'),
  account('c1', 'churner', { industry: 'Fintech', techStack: ['Salesforce'] }),
  account('c2', 'churner', { industry: 'SaaS' }),
  account('c3', 'churner', { industry: 'SaaS' }),
  account('l1', 'lost_deal', { industry: 'SaaS', techStack: ['Salesforce', 'Snowflake'] }),
  account('l2', 'lost_deal', { industry: 'Health' }),
  // Emerging promoters are in neither group.
  account('e1', 'emerging_promoter', { industry: 'Fintech' }),
];

const summary = (rows: ReturnType<typeof traitLift>['rows']) =>
  rows.map((r) => ({
    value: r.value,
    power: [r.powerUsers.k, r.powerUsers.n],
    comparison: [r.comparison.k, r.comparison.n],
    lift: r.lift,
    only: r.onlyInPowerUsers,
  }));

describe('traitLift', () => {
  it('industry: shares, lift and Wilson intervals from hand counts', () => {
    const result = traitLift({ accounts }, { dimension: 'industry' });
    expect(result.unknown).toEqual({ powerUsers: 1, comparison: 0 });
    expect(summary(result.rows)).toEqual([
      { value: 'Fintech', power: [3, 4], comparison: [1, 5], lift: 3.75, only: false },
      {
        value: 'SaaS',
        power: [1, 4],
        comparison: [3, 5],
        lift: expect.closeTo(0.4167, 4),
        only: false,
      },
      { value: 'Health', power: [0, 4], comparison: [1, 5], lift: 0, only: false },
    ]);
    const [fintech, saas] = result.rows;
    expect(fintech?.powerUsers.share).toBe(0.75);
    expect(fintech?.powerUsers.ci.low).toBeCloseTo(0.301, 3);
    expect(fintech?.powerUsers.ci.high).toBeCloseTo(0.954, 3);
    expect(fintech?.comparison.ci.low).toBeCloseTo(0.036, 3);
    expect(fintech?.comparison.ci.high).toBeCloseTo(0.624, 3);
    expect(saas?.comparison.ci.low).toBeCloseTo(0.231, 3);
    expect(saas?.comparison.ci.high).toBeCloseTo(0.882, 3);
    // 4 power users with an industry: below 5, so flagged rather than stated.
    expect(result.rows.every((r) => r.smallSample)).toBe(true);
  });

  it('tech: one value per distinct stack entry; "only in power users" instead of a lift', () => {
    const result = traitLift({ accounts }, { dimension: 'tech' });
    expect(result.unknown).toEqual({ powerUsers: 2, comparison: 3 });
    // Ranked by the lift the intervals guarantee: 3 of 3 against 1 of 2 beats 1 of 3 against 0.
    expect(summary(result.rows)).toEqual([
      { value: 'Snowflake', power: [3, 3], comparison: [1, 2], lift: 2, only: false },
      { value: 'dbt', power: [1, 3], comparison: [0, 2], lift: null, only: true },
      { value: 'Salesforce', power: [0, 3], comparison: [2, 2], lift: 0, only: false },
    ]);
  });

  it('size band: canonical bands; no comparison at all gives no lift and no "only"', () => {
    const result = traitLift({ accounts }, { dimension: 'sizeBand' });
    expect(summary(result.rows)).toEqual([
      { value: '51-200', power: [2, 3], comparison: [0, 0], lift: null, only: false },
      { value: '11-50', power: [1, 3], comparison: [0, 0], lift: null, only: false },
    ]);
    expect(result.rows[0]?.comparison).toMatchObject({ share: null, ci: { low: 0, high: 1 } });
  });

  it('region and integrations band read their fields', () => {
    const few = [
      account('p', 'power_user', { region: 'EU', integrations: 5 }),
      account('c', 'churner', { region: 'EU', integrations: 1 }),
    ];
    expect(summary(traitLift({ accounts: few }, { dimension: 'region' }).rows)).toEqual([
      { value: 'EU', power: [1, 1], comparison: [1, 1], lift: 1, only: false },
    ]);
    expect(
      traitLift({ accounts: few }, { dimension: 'integrationsBand' }).rows.map((r) => r.value),
    ).toEqual(['4-6', '1-3']);
  });
});

describe('codeLift', () => {
  const interviews = ['p1', 'p2', 'p4', 'c1', 'c2', 'l1', 'e1'].map((id) =>
    interview(`i-${id}`, id),
  );
  const on = (id: string) => {
    const found = interviews.find((i) => i.accountId === id);
    if (!found) throw new Error(id);
    return found;
  };
  const input = workspace({
    accounts,
    interviews,
    codes: [
      code('pain', 'pain_point'),
      code('fp', 'failure_product'),
      code('fav', 'favourite_aspect'),
    ],
    highlights: [
      quote('q1', on('p1'), ['pain', 'fav']),
      quote('q2', on('p1'), ['pain']),
      quote('q3', on('p2'), ['pain']),
      quote('q4', on('c1'), ['pain', 'fp']),
      quote('q5', on('c2'), ['fp']),
      quote('q6', on('e1'), ['pain']),
    ],
  });

  it('compares shares of interviewed accounts citing each code', () => {
    const rows = codeLift(input);
    expect(
      rows.map((r) => ({
        code: r.code.id,
        power: [r.powerUsers.k, r.powerUsers.n],
        comparison: [r.comparison.k, r.comparison.n],
        lift: r.lift,
        only: r.onlyInPowerUsers,
      })),
    ).toEqual([
      { code: 'pain', power: [2, 3], comparison: [1, 3], lift: 2, only: false },
      { code: 'fav', power: [1, 3], comparison: [0, 3], lift: null, only: true },
      { code: 'fp', power: [0, 3], comparison: [2, 3], lift: 0, only: false },
    ]);
    const pain = rows[0];
    expect(pain?.powerUsers.ci.low).toBeCloseTo(0.208, 3);
    expect(pain?.powerUsers.ci.high).toBeCloseTo(0.939, 3);
    expect(pain?.comparison.ci.low).toBeCloseTo(0.061, 3);
    expect(pain?.comparison.ci.high).toBeCloseTo(0.792, 3);
    expect(pain?.smallSample).toBe(true);
  });

  it('honours the filters', () => {
    expect(codeLift(input, { codeKinds: ['pain_point'] }).map((r) => r.code.id)).toEqual(['pain']);
  });
});

describe('traitLift: small numbers never rank first', () => {
  // 20 power users and 20 churners: Fintech is a well-supported 2× lift (10 of 20 against 5 of
  // 20); "Niche" is one power user and no one else, an infinite lift on one account.
  const many = [
    ...Array.from({ length: 20 }, (_, i) =>
      account(`p${i}`, 'power_user', {
        industry: i === 0 ? 'Niche' : i <= 10 ? 'Fintech' : 'Retail',
      }),
    ),
    ...Array.from({ length: 20 }, (_, i) =>
      account(`c${i}`, 'churner', { industry: i < 5 ? 'Fintech' : 'Retail' }),
    ),
  ];

  it('ranks the 2× lift above a 1-account "only in power users" and marks that one too few', () => {
    const rows = traitLift({ accounts: many }, { dimension: 'industry' }).rows;
    expect(rows.map((r) => r.value)).toEqual(['Fintech', 'Retail', 'Niche']);
    const fintech = rows[0];
    expect(fintech).toMatchObject({ lift: 2, accounts: 15, tooFew: false, smallSample: false });
    expect(fintech?.liftLow).toBeCloseTo(0.299 / 0.467, 2);
    expect(rows[2]).toMatchObject({ onlyInPowerUsers: true, accounts: 1, tooFew: true });
  });
});
