import { describe, expect, it } from 'vitest';
import { accountsEffect, evidenceAddedBetween } from '../../../src/domain/icp/versionEffect';
import { account } from '../synthesis/builders';
import { trait } from './builders';

describe('accountsEffect', () => {
  it('scores today’s accounts with each version’s traits and lists the accounts that change tier', () => {
    const accounts = [
      account('p', 'power_user', { name: 'Acme', industry: 'SaaS' }),
      account('c', 'churner', { name: 'Bolt', industry: 'Retail' }),
      account('x', 'churner', { name: 'Crux', industry: 'SaaS', plan: 'Legacy' }),
    ];
    const saas = trait('saas', { rule: { op: 'equals', field: 'industry', value: 'SaaS' } });
    const legacy = trait('legacy', {
      kind: 'disqualifier',
      weight: -5,
      rule: { op: 'equals', field: 'plan', value: 'Legacy' },
    });
    const effect = accountsEffect([saas], [saas, legacy], accounts, new Map());
    expect(effect.separationBefore).toBe(0.75);
    expect(effect.separationAfter).toBe(1);
    expect(effect.moved).toEqual([
      { accountId: 'x', name: 'Crux', from: 'fit', to: 'excluded', scoreFrom: 3, scoreTo: -2 },
    ]);
  });
});

describe('evidenceAddedBetween', () => {
  it('counts what was recorded after the first moment and up to the second', () => {
    const dated = (...days: string[]) => days.map((d) => ({ createdAt: `2026-03-${d}T00:00:00Z` }));
    const records = {
      accounts: dated('01', '05'),
      interviews: dated('02', '06', '09'),
      quotes: dated('06', '07', '08', '12'),
    };
    expect(evidenceAddedBetween('2026-03-04T00:00:00Z', '2026-03-10T00:00:00Z', records)).toEqual({
      accounts: 1,
      interviews: 2,
      quotes: 3,
    });
    expect(evidenceAddedBetween('2026-03-04T00:00:00Z', null, records).quotes).toBe(4);
  });
});
