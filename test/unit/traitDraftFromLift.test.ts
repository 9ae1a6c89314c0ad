import { describe, expect, it } from 'vitest';
import { scoreAccount } from '../../src/domain/icp/scoring';
import {
  liftRule,
  traitDraftFromCode,
  traitDraftFromLift,
} from '../../src/domain/icp/traitDraftFromLift';
import { traitSchema } from '../../src/domain/schemas/trait';
import { ratio, wilsonInterval } from '../../src/domain/stats';
import {
  traitLift,
  type TraitDimension,
  type TraitLiftRow,
} from '../../src/domain/synthesis/traitLift';
import {
  NEW_TRAIT_PARAMS,
  newTraitFromCodeHref,
  newTraitFromLiftHref,
  parseNewTraitLink,
  resolveNewTraitLink,
  withoutNewTraitParams,
} from '../../src/domain/icp/newTraitLink';
import { account, code } from './synthesis/builders';

const at = '2026-01-01T00:00:00.000Z';

/** 6 power users and 6 churners / lost deals: n ≥ 5 in both groups. */
const accounts = [
  account('p1', 'power_user', {
    industry: 'Manufacturing',
    integrations: 5,
    techStack: ['HubSpot'],
  }),
  account('p2', 'power_user', {
    industry: 'Manufacturing',
    integrations: 4,
    techStack: ['HubSpot'],
  }),
  account('p3', 'power_user', { industry: 'Manufacturing', integrations: 6, techStack: ['Java'] }),
  account('p4', 'power_user', { industry: 'Retail', integrations: 5, employees: 120 }),
  account('p5', 'power_user', { industry: 'SaaS', integrations: 1, employeesBand: '51 - 200' }),
  account('p6', 'power_user', { industry: 'SaaS', integrations: 8 }),
  account('c1', 'churner', {
    industry: 'Manufacturing',
    integrations: 1,
    techStack: ['JavaScript'],
  }),
  account('c2', 'churner', { industry: 'Agency', integrations: 0 }),
  account('c3', 'churner', { industry: 'Agency', integrations: 2 }),
  account('l1', 'lost_deal', { industry: 'Agency', integrations: 0 }),
  account('l2', 'lost_deal', { industry: 'Retail', integrations: 3 }),
  account('l3', 'lost_deal', { industry: 'Retail', integrations: 5 }),
];

/** A lift row from counts, computed the way traitLift does. */
function handRow(value: string, pk: number, pn: number, ck: number, cn: number): TraitLiftRow {
  const share = (k: number, n: number) => ({ k, n, share: ratio(k, n), ci: wilsonInterval(k, n) });
  const p = share(pk, pn);
  const c = share(ck, cn);
  return {
    value,
    powerUsers: p,
    comparison: c,
    lift: p.share !== null && c.share ? p.share / c.share : null,
    onlyInPowerUsers: pk > 0 && ck === 0 && cn > 0,
    smallSample: pn < 5 || cn < 5,
    accounts: pk + ck,
    tooFew: pk + ck < 5,
    liftLow: p.ci.low / c.ci.high,
  };
}

function row(dimension: TraitDimension, value: string) {
  const found = traitLift({ accounts }, { dimension }).rows.find((r) => r.value === value);
  if (!found) throw new Error(`no ${dimension} row for ${value}`);
  return found;
}

/** The draft as a stored trait, so it can be validated and scored like one. */
function asTrait(draft: ReturnType<typeof traitDraftFromLift>) {
  return traitSchema.parse({ id: 't', createdAt: at, updatedAt: at, ...draft });
}

describe('traitDraftFromLift', () => {
  it('turns an industry row into an equals rule with its counts in the description', () => {
    // 3/6 vs 1/6: the direction is there, but the 95% intervals overlap.
    const draft = traitDraftFromLift('industry', row('industry', 'Manufacturing'));
    expect(draft).toEqual({
      name: 'Industry: Manufacturing',
      description:
        'From trait lift: 3/6 power users (50%) vs 1/6 churners and lost deals (17%), lift 3×. ' +
        'The 95% intervals overlap: a lead, not yet proof.',
      component: 'firmographic',
      kind: 'nice_to_have',
      weight: 1,
      rule: { op: 'equals', field: 'industry', value: 'Manufacturing' },
      codeIds: [],
      highlightIds: [],
    });
    expect(() => asTrait(draft)).not.toThrow();
  });

  it('gives ±3 only when the intervals are clear of each other', () => {
    const strong = traitDraftFromLift('industry', handRow('Fintech', 8, 18, 0, 30));
    expect(strong).toMatchObject({ kind: 'nice_to_have', weight: 3 });
    expect(strong.description).toBe(
      'From trait lift: 8/18 power users (44%) vs 0/30 churners and lost deals (0%), only in power users.',
    );
    expect(traitDraftFromLift('industry', handRow('X', 2, 20, 15, 20))).toMatchObject({
      kind: 'nice_to_have',
      weight: -3,
    });
    // Same direction, overlapping intervals: a lead only.
    expect(traitDraftFromLift('industry', handRow('B2B SaaS', 6, 18, 5, 30)).weight).toBe(1);
    expect(traitDraftFromLift('industry', handRow('Retail', 0, 18, 6, 30)).weight).toBe(-1);
    expect(traitDraftFromLift('industry', handRow('Even', 3, 10, 3, 10)).weight).toBe(1);
  });

  it('makes a value clearly never seen among power users a disqualifier', () => {
    const draft = traitDraftFromLift('industry', handRow('Agency', 0, 20, 12, 20));
    expect(draft).toMatchObject({ kind: 'disqualifier', weight: -5 });
    expect(draft.description).toContain('0/20 power users (0%) vs 12/20');
  });

  it('says "only in power users" and keeps a small sample to ±1', () => {
    const small = traitLift({ accounts: accounts.slice(0, 8) }, { dimension: 'industry' });
    const saas = small.rows.find((r) => r.value === 'SaaS');
    expect(saas?.smallSample).toBe(true);
    const draft = traitDraftFromLift('industry', saas ?? row('industry', 'SaaS'));
    expect(draft.weight).toBe(1);
    expect(draft.description).toContain('only in power users');
    expect(draft.description).toContain('Small sample');
  });

  it('maps integration bands to ranges matching the same accounts the row counted', () => {
    expect(liftRule('integrationsBand', '0')).toEqual({
      op: 'range',
      field: 'integrations',
      min: null,
      max: 0,
    });
    expect(liftRule('integrationsBand', '7+')).toMatchObject({ min: 7, max: null });
    expect(liftRule('integrationsBand', 'lots')).toBeNull();
    const draft = traitDraftFromLift('integrationsBand', row('integrationsBand', '4-6'));
    expect(draft).toMatchObject({
      name: '4-6 integrations',
      component: 'technographic',
      rule: { op: 'range', field: 'integrations', min: 4, max: 6 },
    });
    const trait = asTrait(draft);
    const matched = accounts.filter((a) => scoreAccount(a, [trait], new Map()).matched.length);
    const lift = row('integrationsBand', '4-6');
    expect(matched.length).toBe(lift.powerUsers.k + lift.comparison.k);
  });

  it('matches a size band by the canonical band, however the CRM spelled it', () => {
    const trait = asTrait(traitDraftFromLift('sizeBand', row('sizeBand', '51-200')));
    expect(trait.rule).toEqual({ op: 'equals', field: 'employeesBand', value: '51-200' });
    expect(trait.name).toBe('51-200 employees');
    const matched = accounts.filter((a) => scoreAccount(a, [trait], new Map()).matched.length);
    expect(matched.map((a) => a.id)).toEqual(['p4', 'p5']);
  });

  it('matches a tech entry exactly, so Java does not match JavaScript', () => {
    const trait = asTrait(traitDraftFromLift('tech', row('tech', 'Java')));
    expect(trait).toMatchObject({ name: 'Uses Java', component: 'technographic' });
    const matched = accounts.filter((a) => scoreAccount(a, [trait], new Map()).matched.length);
    expect(matched.map((a) => a.id)).toEqual(['p3']);
  });

  it('uses equals on region', () => {
    const withRegion = [
      ...accounts.slice(0, 5).map((a) => ({ ...a, region: 'EMEA' })),
      ...accounts.slice(6, 11).map((a) => ({ ...a, region: 'NA' })),
    ];
    const emea = traitLift({ accounts: withRegion }, { dimension: 'region' }).rows[0];
    expect(emea?.value).toBe('EMEA');
    expect(emea && traitDraftFromLift('region', emea)).toMatchObject({
      name: 'Region: EMEA',
      rule: { op: 'equals', field: 'region', value: 'EMEA' },
    });
  });
});

describe('traitDraftFromCode', () => {
  const pain = code('pain', 'pain_point', 'Manual reporting eats hours');
  const quotes = [
    { id: 'q2', codeIds: ['pain'] },
    { id: 'q1', codeIds: ['other', 'pain'] },
    { id: 'q3', codeIds: ['other'] },
    { id: 'q1', codeIds: ['pain'] },
  ];

  it('builds a has_code rule and links the code and its quotes once each', () => {
    const draft = traitDraftFromCode(pain, quotes);
    expect(draft).toEqual({
      name: 'Manual reporting eats hours',
      description: null,
      component: 'behavioural',
      kind: 'must_have',
      weight: 5,
      rule: { op: 'has_code', codeId: 'pain' },
      codeIds: ['pain'],
      highlightIds: ['q1', 'q2'],
    });
    expect(() => asTrait(draft)).not.toThrow();
  });

  it('does not depend on the order of the quotes', () => {
    expect(traitDraftFromCode(pain, [...quotes].reverse())).toEqual(
      traitDraftFromCode(pain, quotes),
    );
  });

  it('weighs failure reasons by what they call for (DOMAIN.md §3)', () => {
    expect(traitDraftFromCode(code('f', 'failure_product'), [])).toMatchObject({
      kind: 'disqualifier',
      weight: -5,
    });
    expect(traitDraftFromCode(code('f', 'failure_process'), [])).toMatchObject({ weight: -1 });
    expect(traitDraftFromCode(code('p', 'persona'), []).component).toBe('persona');
    expect(traitDraftFromCode(code('c', 'channel'), []).component).toBe('channel');
  });
});

describe('newTraitLink', () => {
  const params = (href: string) => new URL(href, 'http://x').searchParams;

  it('round-trips a code and a lift row, whatever the value holds', () => {
    expect(parseNewTraitLink(params(newTraitFromCodeHref('c 1&x')))).toEqual({
      source: 'code',
      codeId: 'c 1&x',
    });
    const value = 'R&D / "Labs" #1';
    expect(parseNewTraitLink(params(newTraitFromLiftHref('industry', value)))).toEqual({
      source: 'lift',
      dimension: 'industry',
      value,
    });
    expect(newTraitFromLiftHref('tech', 'HubSpot')).toBe(
      '/icp?newTraitFromLift=tech&newTraitValue=HubSpot',
    );
  });

  it('ignores bad parameters instead of throwing', () => {
    for (const search of [
      '',
      '?newTraitFromLift=colour&newTraitValue=red',
      '?newTraitFromLift=industry',
      '?newTraitFromLift=industry&newTraitValue=%20',
      `?newTraitFromLift=industry&newTraitValue=${'x'.repeat(201)}`,
      '?newTraitFromCode=',
    ]) {
      expect(parseNewTraitLink(new URLSearchParams(search))).toBeNull();
    }
  });

  it('resolves a link against the live workspace, or says why it cannot', () => {
    const workspace = { codes: [code('pain', 'pain_point')], highlights: [], accounts };
    expect(resolveNewTraitLink(new URLSearchParams('?view=x'), workspace)).toBeNull();
    expect(
      resolveNewTraitLink(params(newTraitFromLiftHref('industry', 'Manufacturing')), workspace)
        ?.draft?.rule,
    ).toEqual({ op: 'equals', field: 'industry', value: 'Manufacturing' });
    expect(
      resolveNewTraitLink(params(newTraitFromCodeHref('pain')), workspace)?.draft?.rule,
    ).toEqual({ op: 'has_code', codeId: 'pain' });
    expect(resolveNewTraitLink(params(newTraitFromCodeHref('gone')), workspace)).toEqual({
      draft: null,
      error: 'That code no longer exists.',
    });
    expect(
      resolveNewTraitLink(params(newTraitFromLiftHref('industry', 'Mining')), workspace)?.error,
    ).toMatch(/Mining/);
    expect(
      resolveNewTraitLink(new URLSearchParams('?newTraitFromLift=nope'), workspace)?.error,
    ).toMatch(/not valid/);
  });

  it('drops only its own parameters', () => {
    const next = withoutNewTraitParams(
      new URLSearchParams(`?a=1&${NEW_TRAIT_PARAMS.fromLift}=industry&${NEW_TRAIT_PARAMS.value}=X`),
    );
    expect(next.toString()).toBe('a=1');
  });
});
