import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupQuotesByAccount,
  matchesRule,
  scoreAccount,
  scoreAccounts,
  traitEvidence,
} from '../../../src/domain/icp/scoring';
import { account, interview, quote } from '../synthesis/builders';
import { trait } from './builders';

const none = new Set<string>();

describe('matchesRule', () => {
  const acme = account('a', 'power_user', {
    industry: 'SaaS',
    integrations: 5,
    employees: 120,
    techStack: ['HubSpot', 'Slack'],
  });
  it('compares text case-insensitively and lists by any entry', () => {
    expect(matchesRule({ op: 'equals', field: 'industry', value: ' saas' }, acme, none)).toBe(true);
    expect(
      matchesRule({ op: 'one_of', field: 'techStack', values: ['slack', 'x'] }, acme, none),
    ).toBe(true);
    expect(matchesRule({ op: 'contains', field: 'techStack', value: 'hub' }, acme, none)).toBe(
      true,
    );
    expect(matchesRule({ op: 'equals', field: 'employeesBand', value: '51-200' }, acme, none)).toBe(
      true,
    );
  });
  it('treats ranges as inclusive and a blank field as matching none', () => {
    const rule = { op: 'range', field: 'integrations', min: 4, max: null } as const;
    expect(matchesRule(rule, acme, none)).toBe(true);
    expect(matchesRule(rule, account('b', null, { integrations: 3 }), none)).toBe(false);
    expect(matchesRule(rule, account('c', null), none)).toBe(false);
    expect(matchesRule({ op: 'range', field: 'integrations', min: 1, max: 5 }, acme, none)).toBe(
      true,
    );
  });
  it('matches has_code from the codes the account was quoted on', () => {
    expect(matchesRule({ op: 'has_code', codeId: 'pain' }, acme, new Set(['pain']))).toBe(true);
    expect(matchesRule({ op: 'has_code', codeId: 'pain' }, acme, none)).toBe(false);
  });
});

describe('scoreAccount', () => {
  const iv = interview('i1', 'a');
  const quotes = groupQuotesByAccount([quote('q1', iv, ['pain'])]);
  const traits = [
    trait('pain', {
      name: 'Manual reporting',
      weight: 5,
      rule: { op: 'has_code', codeId: 'pain' },
    }),
    trait('int', {
      name: '4+ integrations',
      rule: { op: 'range', field: 'integrations', min: 4, max: null },
    }),
    trait('big', { weight: -3, rule: { op: 'range', field: 'employees', min: 1000, max: null } }),
  ];
  it('sums the weights of the matching traits', () => {
    const result = scoreAccount(account('a', 'power_user', { integrations: 4 }), traits, quotes);
    expect(result).toMatchObject({ score: 8, matched: ['int', 'pain'], excluded: false });
    expect(result.reasons).toEqual(['4+ integrations (+3)', 'Manual reporting (+5)']);
  });
  it('excludes an account that matches a disqualifier, whatever its sum', () => {
    const onPrem = trait('dq', {
      name: 'On-prem only',
      kind: 'disqualifier',
      weight: -5,
      rule: { op: 'contains', field: 'techStack', value: 'on-prem' },
    });
    const result = scoreAccount(
      account('a', 'churner', { integrations: 9, techStack: ['On-prem ERP'] }),
      [...traits, onPrem],
      quotes,
    );
    expect(result.excluded).toBe(true);
    expect(result.reasons).toContain('Excluded by: On-prem only');
  });
  it('matches a trait without a rule through quotes tagged with it', () => {
    const tagged = groupQuotesByAccount([quote('q2', iv, [], { traitIds: ['calm'] })]);
    expect(scoreAccount(account('a', null), [trait('calm', { weight: 1 })], tagged).score).toBe(1);
  });
});

describe('traitEvidence', () => {
  it('counts distinct accounts and quotes through the code, tags and links', () => {
    const a = interview('i1', 'a');
    const b = interview('i2', 'b');
    const quotes = [
      quote('q1', a, ['pain']),
      quote('q2', a, ['pain']),
      quote('q3', b, ['other'], { traitIds: ['t'] }),
    ];
    const t = trait('t', { rule: { op: 'has_code', codeId: 'pain' } });
    expect(traitEvidence(t, quotes)).toEqual({ accounts: 2, quotes: 3 });
  });
});

describe('scoring properties', () => {
  const weight = fc.constantFrom(-5, -3, -1, 1, 3, 5);
  const traitArb = fc.record({
    id: fc.uuid(),
    weight,
    kind: fc.constantFrom('must_have', 'nice_to_have', 'disqualifier'),
    min: fc.integer({ min: 0, max: 10 }),
  });
  const accountArb = fc.record({
    id: fc.uuid(),
    integrations: fc.option(fc.integer({ min: 0, max: 10 })),
  });
  const build = (
    specs: {
      id: string;
      weight: number;
      kind: 'must_have' | 'nice_to_have' | 'disqualifier';
      min: number;
    }[],
  ) =>
    specs.map((s) =>
      trait(s.id, {
        weight: s.weight,
        kind: s.kind,
        rule: { op: 'range', field: 'integrations', min: s.min, max: null },
      }),
    );

  it('scores do not depend on the order of traits or accounts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(traitArb, { selector: (t) => t.id, maxLength: 8 }),
        fc.uniqueArray(accountArb, { selector: (a) => a.id, maxLength: 8 }),
        fc.integer(),
        (traitSpecs, accountSpecs, seed) => {
          const traits = build(traitSpecs);
          const accounts = accountSpecs.map((s) =>
            account(s.id, null, { integrations: s.integrations }),
          );
          const shuffle = <T>(xs: T[]) =>
            xs
              .map((x, i) => ({ x, k: Math.sin(seed + i) }))
              .sort((p, q) => p.k - q.k)
              .map((p) => p.x);
          const byId = (rows: ReturnType<typeof scoreAccounts>) =>
            Object.fromEntries(rows.map((r) => [r.accountId, r]));
          expect(byId(scoreAccounts(shuffle(accounts), shuffle(traits), new Map()))).toEqual(
            byId(scoreAccounts(accounts, traits, new Map())),
          );
        },
      ),
    );
  });

  it('a matching disqualifier always excludes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(traitArb, { selector: (t) => t.id, maxLength: 8 }),
        fc.integer({ min: 0, max: 10 }),
        weight,
        (traitSpecs, integrations, dqWeight) => {
          const traits = [
            ...build(traitSpecs),
            trait('zz-dq', {
              kind: 'disqualifier',
              weight: dqWeight,
              rule: { op: 'range', field: 'integrations', min: 0, max: null },
            }),
          ];
          expect(
            scoreAccount(account('a', null, { integrations }), traits, new Map()).excluded,
          ).toBe(true);
        },
      ),
    );
  });
});
