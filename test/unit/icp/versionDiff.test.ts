import { describe, expect, it } from 'vitest';
import { versionChanges, type VersionContent } from '../../../src/domain/icp/versionDiff';
import type { TraitRule } from '../../../src/domain/schemas/trait';
import { trait } from './builders';

const empty: VersionContent = { traits: [], isLines: [], isNotLines: [], exclusions: [] };
const v = (fields: Partial<VersionContent>): VersionContent => ({ ...empty, ...fields });

describe('versionChanges', () => {
  it('finds nothing between equal versions', () => {
    const a = v({ traits: [trait('t')], isLines: ['B2B SaaS'], exclusions: ['Agencies'] });
    expect(versionChanges(a, structuredClone(a))).toEqual([]);
  });

  it('lists an added IS line', () => {
    expect(versionChanges(v({ isLines: ['SaaS'] }), v({ isLines: ['SaaS', 'EU'] }))).toEqual([
      { kind: 'line_added', list: 'isLines', text: 'EU' },
    ]);
  });

  it('lists a removed IS NOT line', () => {
    expect(
      versionChanges(v({ isNotLines: ['Agencies', 'Gov'] }), v({ isNotLines: ['Gov'] })),
    ).toEqual([{ kind: 'line_removed', list: 'isNotLines', text: 'Agencies' }]);
  });

  it('reads a line replaced in place between kept lines as edited', () => {
    const a = v({ exclusions: ['On-prem', 'Under 10 staff', 'Resellers'] });
    const b = v({ exclusions: ['On-prem', 'Under 20 staff', 'Resellers', 'Agencies'] });
    expect(versionChanges(a, b)).toEqual([
      { kind: 'line_edited', list: 'exclusions', from: 'Under 10 staff', to: 'Under 20 staff' },
      { kind: 'line_added', list: 'exclusions', text: 'Agencies' },
    ]);
  });

  it('lists added and removed traits', () => {
    const changes = versionChanges(v({ traits: [trait('old')] }), v({ traits: [trait('new')] }));
    expect(changes.map((c) => [c.kind, 'trait' in c ? c.trait.id : null])).toEqual([
      ['trait_added', 'new'],
      ['trait_removed', 'old'],
    ]);
  });

  it('matches traits by id, so a rename is a rename, not a removal and an addition', () => {
    const changes = versionChanges(
      v({ traits: [trait('t', { name: 'Runs Salesforce' })] }),
      v({ traits: [trait('t', { name: 'Runs a CRM' })] }),
    );
    expect(changes).toMatchObject([
      { kind: 'trait_renamed', from: 'Runs Salesforce', to: 'Runs a CRM' },
    ]);
  });

  it('lists a reweighted trait', () => {
    const changes = versionChanges(
      v({ traits: [trait('t', { weight: 3 })] }),
      v({ traits: [trait('t', { weight: 1 })] }),
    );
    expect(changes).toMatchObject([{ kind: 'trait_reweighted', from: 3, to: 1 }]);
  });

  it('lists a change of kind', () => {
    const changes = versionChanges(
      v({ traits: [trait('t', { kind: 'must_have' })] }),
      v({ traits: [trait('t', { kind: 'nice_to_have' })] }),
    );
    expect(changes).toMatchObject([{ kind: 'trait_kind', from: 'must_have', to: 'nice_to_have' }]);
  });

  it('lists a change of component', () => {
    const changes = versionChanges(
      v({ traits: [trait('t', { component: 'firmographic' })] }),
      v({ traits: [trait('t', { component: 'technographic' })] }),
    );
    expect(changes).toMatchObject([
      { kind: 'trait_component', from: 'firmographic', to: 'technographic' },
    ]);
  });

  it('lists a change of rule, a value inside it included', () => {
    const rule: TraitRule = { op: 'one_of', field: 'industry', values: ['SaaS'] };
    const changes = versionChanges(
      v({ traits: [trait('t', { rule })] }),
      v({
        traits: [
          trait('t', { rule: { op: 'one_of', field: 'industry', values: ['SaaS', 'Fintech'] } }),
        ],
      }),
    );
    expect(changes).toMatchObject([
      { kind: 'trait_rule', from: rule, to: { values: ['SaaS', 'Fintech'] } },
    ]);
  });

  it('lists every change of one trait, statements before traits', () => {
    const changes = versionChanges(
      v({ traits: [trait('t', { name: 'A', weight: 3 })] }),
      v({ traits: [trait('t', { name: 'B', weight: 5 })], isLines: ['SaaS'] }),
    );
    expect(changes.map((c) => c.kind)).toEqual(['line_added', 'trait_renamed', 'trait_reweighted']);
  });
});
