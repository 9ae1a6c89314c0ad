import { describe, expect, it } from 'vitest';
import {
  addReason,
  addSynonyms,
  catalogueFromSetting,
  DEFAULT_CATALOGUE,
  indexCatalogue,
  renameReason,
  setCategory,
  type ReasonCatalogue,
} from '../../../src/domain/reasons/reasonCatalogue';
import { reasonTokens, tokenSimilarity } from '../../../src/domain/reasons/reasonTokens';
import { unmatchedReasons } from '../../../src/domain/reasons/unmatchedReasons';
import { failureAnalysis, type FailureReason } from '../../../src/domain/synthesis/failureAnalysis';
import { account, code, deal, interview, quote, workspace } from './builders';

function confirmed(result: ReturnType<typeof addSynonyms>): ReasonCatalogue {
  if (!result.ok) throw new Error(result.error);
  return result.catalogue;
}

const catalogue: ReasonCatalogue = {
  reasons: [
    { id: 'sso', name: 'Missing SSO', category: 'product', synonyms: [] },
    { id: 'bt', name: 'Budget/timing', category: 'external', synonyms: [] },
    { id: 'freeze', name: 'Budget freeze', category: 'external', synonyms: [] },
    { id: 'champ', name: 'No champion', category: 'process', synonyms: [] },
  ],
};

const il1 = interview('il1', 'l1');
const il2 = interview('il2', 'l2');
const il3 = interview('il3', 'l3');
// Messy on purpose: one account named by the CRM and by a quote, spellings with brackets,
// slashes without spaces, words in another order and trailing punctuation.
const input = workspace({
  codes: [
    code('c-sso', 'failure_product', 'Missing SSO'),
    code('c-freeze', 'failure_external', 'Budget freeze'),
    code('c-audit', 'failure_product', 'Missing audit log export'),
  ],
  accounts: [
    account('l1', 'lost_deal'),
    account('l2', 'lost_deal'),
    account('l3', 'lost_deal'),
    account('l4', 'lost_deal'),
  ],
  interviews: [il1, il2, il3],
  highlights: [
    quote('q1', il1, ['c-sso']),
    quote('q2', il3, ['c-freeze']),
    quote('q3', il3, ['c-freeze']),
    quote('q4', il3, ['c-audit']),
  ],
  deals: [
    deal('d1', 'l2', {
      stage: 'lost',
      amount: 10_000,
      lossCategory: 'product',
      lossReason: 'SSO missing (SAML)',
    }),
    deal('d2', 'l3', {
      stage: 'lost',
      amount: 20_000,
      lossCategory: 'external',
      lossReason: 'budget freeze.',
    }),
    deal('d3', 'l3', {
      stage: 'lost',
      amount: 5_000,
      lossCategory: 'product',
      lossReason: 'audit log export',
    }),
    deal('d4', 'l4', {
      stage: 'lost',
      amount: 7_000,
      lossCategory: 'external',
      lossReason: 'Timing / budget',
    }),
    deal('d5', 'l1', {
      stage: 'lost',
      amount: 3_000,
      lossCategory: 'external',
      lossReason: 'Budget/timing',
    }),
  ],
});

const lostReasons = (cat: ReasonCatalogue): FailureReason[] => {
  const lost = failureAnalysis(input, {}, cat).cohorts.find((c) => c.cohort === 'lost_deal');
  return lost ? lost.categories.flatMap((c) => c.reasons) : [];
};
const byLabel = (reasons: FailureReason[], label: string) =>
  reasons.filter((r) => r.label === label);

describe('reason tokens', () => {
  it('ignore punctuation, word order, case and the words that only say "missing"', () => {
    expect(reasonTokens('SSO missing (SAML)')).toEqual(new Set(['sso', 'saml']));
    expect(reasonTokens('Budget/timing')).toEqual(reasonTokens('Timing / budget'));
    expect(tokenSimilarity(reasonTokens('Missing SSO'), reasonTokens('SSO missing (SAML)'))).toBe(
      0.5,
    );
  });

  it('do not pair reasons that share only filler words or part of their words', () => {
    expect(tokenSimilarity(reasonTokens('No SSO'), reasonTokens('No champion'))).toBe(0);
    expect(tokenSimilarity(reasonTokens('Slow support'), reasonTokens('Slow onboarding'))).toBe(0);
  });
});

describe('reason catalogue: same as …?', () => {
  const index = indexCatalogue(catalogue);

  it('resolves only a spelling that folds to a known one; token matches are offered', () => {
    expect(index.resolve('  budget FREEZE. ')?.id).toBe('freeze');
    expect(index.resolve('SSO missing (SAML)')).toBeNull();
    expect(index.suggest('SSO missing (SAML)').map((r) => r.id)).toEqual(['sso']);
    expect(index.resolve('Timing / budget')).toBeNull();
    expect(index.suggest('Timing / budget').map((r) => r.id)).toEqual(['bt']);
    expect(index.suggest('Missing SSO')).toEqual([]);
  });

  it('before confirming, "SSO missing (SAML)" and "Missing SSO" are two reasons', () => {
    const reasons = lostReasons(catalogue);
    expect(byLabel(reasons, 'Missing SSO').map((r) => r.accountIds)).toEqual([['l1']]);
    expect(byLabel(reasons, 'SSO missing (SAML)').map((r) => r.accountIds)).toEqual([['l2']]);
  });

  it('once confirmed, they are one reason with both accounts', () => {
    const next = confirmed(addSynonyms(catalogue, 'sso', ['SSO missing (SAML)']));
    const reasons = lostReasons(next);
    expect(byLabel(reasons, 'SSO missing (SAML)')).toEqual([]);
    const [sso] = byLabel(reasons, 'Missing SSO');
    expect(sso).toMatchObject({
      key: 'reason:sso',
      reasonId: 'sso',
      accountIds: ['l1', 'l2'],
      accounts: 2,
      sources: ['quote', 'deal'],
      spellings: ['Missing SSO', 'SSO missing (SAML)'],
    });
  });

  it('"Budget/timing" and "Timing / budget" count as one once confirmed', () => {
    expect(byLabel(lostReasons(catalogue), 'Budget/timing').map((r) => r.accounts)).toEqual([1]);
    const next = confirmed(addSynonyms(catalogue, 'bt', ['Timing / budget']));
    const [merged] = byLabel(lostReasons(next), 'Budget/timing');
    expect(merged).toMatchObject({ accountIds: ['l1', 'l4'], deals: 2, arrLost: 10_000 });
  });
});

describe('reason catalogue: one account once per reason', () => {
  it('counts an account named by both the CRM and a coded quote once, its money once', () => {
    const [freeze, ...others] = byLabel(lostReasons(catalogue), 'Budget freeze');
    expect(others).toEqual([]);
    expect(freeze).toMatchObject({ accounts: 1, deals: 2, sources: ['quote', 'deal'] });
    // Both of l3's lost deals: the CRM one and the one its quote attributes (DOMAIN.md §3).
    expect(freeze?.arrLost).toBe(25_000);
  });

  it('offers "audit log export" as the same as the code "Missing audit log export"', () => {
    const reasons = lostReasons(catalogue);
    expect(byLabel(reasons, 'audit log export')).toHaveLength(1);
    const index = indexCatalogue({
      reasons: [
        { id: 'audit', name: 'Missing audit log export', category: 'product', synonyms: [] },
      ],
    });
    expect(index.suggest('audit log export').map((r) => r.id)).toEqual(['audit']);
    const added = confirmed(
      addSynonyms(
        {
          reasons: [
            ...catalogue.reasons,
            { id: 'audit', name: 'Missing audit log export', category: 'product', synonyms: [] },
          ],
        },
        'audit',
        ['audit log export'],
      ),
    );
    const [audit, ...rest] = byLabel(lostReasons(added), 'Missing audit log export');
    expect(rest).toEqual([]);
    expect(audit).toMatchObject({ accounts: 1, accountIds: ['l3'] });
  });

  it('files a known reason under the catalogue category, whatever the deal said', () => {
    const next = setCategory(catalogue, 'freeze', 'process');
    const lost = failureAnalysis(input, {}, next).cohorts.find((c) => c.cohort === 'lost_deal');
    const process = lost?.categories.find((c) => c.category === 'process');
    expect(process?.reasons.map((r) => r.label)).toContain('Budget freeze');
  });
});

describe('reason catalogue: editing', () => {
  it('keeps the old name as a synonym on rename', () => {
    const next = confirmed(renameReason(catalogue, 'champ', 'Single-threaded deal'));
    expect(indexCatalogue(next).resolve('no champion')?.name).toBe('Single-threaded deal');
  });

  it('refuses a spelling another reason already answers to', () => {
    const result = addSynonyms(catalogue, 'sso', ['budget freeze']);
    expect(result).toEqual({
      ok: false,
      error: '“Budget freeze” already answers to that spelling.',
    });
  });

  it('adds a reason with an id from its name, never two alike', () => {
    const once = confirmed(addReason(catalogue, 'Went dark', 'process'));
    expect(once.reasons.at(-1)).toEqual({
      id: 'custom:went dark',
      name: 'Went dark',
      category: 'process',
      synonyms: [],
    });
    expect(addReason(once, 'went dark.', 'process').ok).toBe(false);
  });

  it('falls back to the defaults when the stored value does not parse', () => {
    expect(catalogueFromSetting(undefined)).toBe(DEFAULT_CATALOGUE);
    expect(catalogueFromSetting({ reasons: [{ id: 'x' }] })).toBe(DEFAULT_CATALOGUE);
    expect(catalogueFromSetting(catalogue)).toEqual(catalogue);
  });

  it('defaults cover the common B2B SaaS reasons, each spelling owned once', () => {
    const names = DEFAULT_CATALOGUE.reasons.map((r) => r.name);
    for (const name of [
      'Price too high',
      'Bad timing',
      'Missing feature',
      'Integration gap',
      'Security review stalled',
      'Champion left',
      'Chose a competitor',
      'No decision',
      'Implementation effort',
      'Poor onboarding',
      'Poor support',
      'Acquisition',
      'Budget freeze',
    ]) {
      expect(names).toContain(name);
    }
    const index = indexCatalogue(DEFAULT_CATALOGUE);
    for (const reason of DEFAULT_CATALOGUE.reasons) {
      for (const text of [reason.name, ...reason.synonyms])
        expect(index.resolve(text)?.id).toBe(reason.id);
    }
  });
});

describe('unmatchedReasons', () => {
  it('asks about each unknown spelling once, with its matches, those with a match first', () => {
    const unmatched = unmatchedReasons(failureAnalysis(input, {}, catalogue), catalogue);
    expect(unmatched.map((u) => [u.label, u.suggestions.map((r) => r.id)])).toEqual([
      ['SSO missing (SAML)', ['sso']],
      ['Timing / budget', ['bt']],
      ['audit log export', []],
      ['Missing audit log export', []],
    ]);
    const confirmedAll = confirmed(addSynonyms(catalogue, 'sso', ['SSO missing (SAML)']));
    expect(
      unmatchedReasons(failureAnalysis(input, {}, confirmedAll), confirmedAll).map((u) => u.label),
    ).not.toContain('SSO missing (SAML)');
  });
});
