import { describe, expect, it } from 'vitest';
import { gridChanges, quadrantMoves } from '../../../src/domain/icp/gridChanges';
import { defaultIcpGridSettings } from '../../../src/domain/icp/icpGridSettings';
import { personaChanges, type FrozenPersona } from '../../../src/domain/icp/personaChanges';
import { gridSegment } from './builders';
import { versionChanges, type VersionContent } from '../../../src/domain/icp/versionDiff';

function persona(fields: Partial<FrozenPersona> = {}): FrozenPersona {
  return {
    role: 'champion',
    name: 'Champion',
    titles: [{ title: 'Head of Ops', contacts: 2 }],
    goals: [{ name: 'Weekly numbers', accounts: 2, quotes: 3 }],
    pains: [{ name: 'Manual reporting', accounts: 3, quotes: 4 }],
    accounts: 3,
    quotes: 7,
    ...fields,
  };
}

const content = (fields: Partial<VersionContent>): VersionContent => ({
  traits: [],
  isLines: [],
  isNotLines: [],
  exclusions: [],
  ...fields,
});

describe('personaChanges', () => {
  it('lists a persona added and one removed, by role', () => {
    const blocker = persona({ role: 'blocker_it', name: 'Blocker: IT' });
    expect(personaChanges([persona()], [blocker])).toEqual([
      { kind: 'persona_added', persona: blocker },
      { kind: 'persona_removed', persona: persona() },
    ]);
  });

  it('lists the titles, goals and pains that came and went, and the evidence', () => {
    const after = persona({
      titles: [{ title: 'COO', contacts: 1 }],
      pains: [
        { name: 'Manual reporting', accounts: 4, quotes: 5 },
        { name: 'Audit prep', accounts: 2, quotes: 2 },
      ],
      accounts: 4,
    });
    expect(personaChanges([persona()], [after])).toEqual([
      {
        kind: 'persona_changed',
        persona: after,
        titles: { added: ['COO'], removed: ['Head of Ops'] },
        goals: { added: [], removed: [] },
        pains: { added: ['Audit prep'], removed: [] },
        accounts: { from: 3, to: 4 },
      },
    ]);
  });

  it('reports nothing when either version kept no personas', () => {
    expect(personaChanges(undefined, [persona()])).toEqual([]);
    expect(personaChanges([persona()], [persona()])).toEqual([]);
  });
});

describe('gridChanges', () => {
  it('lists each reweighted component and a switched core pain', () => {
    const before = defaultIcpGridSettings();
    const after = defaultIcpGridSettings();
    after.weights.gtm.winRate = 0.6;
    after.weights.gtm.dealVolume = 0.1;
    after.corePainCodeId = 'pain-1';
    expect(gridChanges(before, after)).toEqual([
      { kind: 'grid_weight', axis: 'gtm', component: 'winRate', from: 0.5, to: 0.6 },
      { kind: 'grid_weight', axis: 'gtm', component: 'dealVolume', from: 0.2, to: 0.1 },
      { kind: 'grid_core_pain', from: null, to: 'pain-1' },
    ]);
  });

  it('is part of the version diff', () => {
    const after = defaultIcpGridSettings();
    after.weights.pmf.nps = 0.1;
    after.weights.pmf.retention = 0.4;
    const changes = versionChanges(
      content({ grid: defaultIcpGridSettings(), personas: [persona()] }),
      content({ grid: after, personas: [] }),
    );
    expect(changes.map((c) => c.kind)).toEqual(['persona_removed', 'grid_weight', 'grid_weight']);
  });
});

describe('quadrantMoves', () => {
  // PMF and GTM scores that place a segment in each quadrant.
  const at = { Focus: [0.9, 0.9], Respond: [0.1, 0.9], Research: [0.9, 0.1], Ignore: [0.1, 0.1] };
  const segment = (label: string, quadrant: keyof typeof at) =>
    gridSegment(label, at[quadrant][0] ?? null, at[quadrant][1] ?? null, 6);

  it('lists the segments placed in another quadrant, by label', () => {
    expect(
      quadrantMoves(
        [segment('SaaS', 'Focus'), segment('Fintech', 'Research'), segment('Retail', 'Ignore')],
        [segment('SaaS', 'Respond'), segment('Fintech', 'Research'), segment('Agency', 'Focus')],
      ),
    ).toEqual([{ label: 'SaaS', accounts: 6, from: 'Focus', to: 'Respond' }]);
  });
});
