import { defaultIcpGridSettings } from '../../../src/domain/icp/icpGridSettings';
import { describe, expect, it } from 'vitest';
import type { ScoredAccount } from '../../../src/domain/icp/scoring';
import { canTransition, freezeVersion, nextReviewDate } from '../../../src/domain/icp/versions';
import { icpVersionSchema, type IcpVersion } from '../../../src/domain/schemas/icpVersion';
import { pairsOf } from '../../fixtures/records';
import { trait } from './builders';

const at = '2026-01-01T00:00:00.000Z';
const NOW = '2026-02-10T09:00:00.000Z';

function version(fields: Partial<IcpVersion> = {}): IcpVersion {
  return {
    id: 'v1',
    createdAt: at,
    updatedAt: at,
    number: 1,
    status: 'in_review',
    traits: [],
    isLines: ['SaaS teams'],
    isNotLines: [],
    exclusions: [],
    signOffs: [{ name: 'Ana', role: 'CEO', decision: 'approve', comment: '', at }],
    basedOnId: null,
    frozenAt: null,
    snapshot: null,
    ...fields,
  };
}
const s = (
  accountId: string,
  cohort: ScoredAccount['cohort'],
  score: number,
  excluded = false,
  matched: string[] = [],
): ScoredAccount => ({
  accountId,
  cohort,
  score,
  matched,
  excluded,
  reasons: [],
});

describe('canTransition', () => {
  it('allows draft → in review → signed off, and back to draft on request changes', () => {
    expect(canTransition('draft', 'in_review')).toBe(true);
    expect(canTransition('in_review', 'signed_off')).toBe(true);
    expect(canTransition('in_review', 'draft')).toBe(true);
    expect(canTransition('draft', 'signed_off')).toBe(false);
    expect(canTransition('signed_off', 'draft')).toBe(false);
  });
});

describe('freezeVersion', () => {
  const traits = [
    trait('t1', { weight: 5, codeIds: ['c'] }),
    trait('no', { kind: 'disqualifier', weight: -5 }),
  ];
  const CHAMPION = {
    role: 'champion' as const,
    name: 'Champion',
    titles: [{ title: 'Head of Ops', contacts: 2 }],
    goals: [{ name: 'Weekly numbers', accounts: 2, quotes: 3 }],
    pains: [],
    accounts: 2,
    quotes: 3,
  };
  it('freezes a copy of the traits and the numbers it was signed off on', () => {
    const frozen = freezeVersion(
      version(),
      traits,
      [
        s('p', 'power_user', 5, false, ['t1']),
        s('c', 'churner', 1),
        s('x', 'unassigned', 0, true, ['t1', 'no']),
      ],
      { t1: { accounts: 2, quotes: 3 } },
      NOW,
      { personas: [CHAMPION], grid: defaultIcpGridSettings() },
    );
    expect(icpVersionSchema.parse(frozen)).toEqual(frozen);
    expect(frozen.personas).toEqual([CHAMPION]);
    expect(frozen.grid).toEqual(defaultIcpGridSettings());
    expect(frozen).toMatchObject({ status: 'signed_off', frozenAt: NOW });
    expect(frozen.snapshot).toEqual({
      separation: 1,
      scores: pairsOf({ p: 5, c: 1 }),
      evidence: pairsOf({ t1: { accounts: 2, quotes: 3 }, no: { accounts: 0, quotes: 0 } }),
      // Every account with its cohort then, and its matches as indexes into the frozen traits.
      accounts: pairsOf({
        p: { cohort: 'power_user', matched: [0] },
        c: { cohort: 'churner', matched: [] },
        x: { cohort: 'unassigned', matched: [0, 1] },
      }),
    });
    traits[0]?.codeIds.push('later');
    expect(frozen.traits[0]?.codeIds).toEqual(['c']);
  });
  it('refuses a draft, a signed-off version, or one nobody approved', () => {
    expect(() => freezeVersion(version({ status: 'draft' }), [], [], {}, NOW, {})).toThrow(
      /submitted for review/,
    );
    expect(() => freezeVersion(version({ status: 'signed_off' }), [], [], {}, NOW, {})).toThrow(
      /already signed off/,
    );
    expect(() => freezeVersion(version({ signOffs: [] }), [], [], {}, NOW, {})).toThrow(/approval/);
  });
});

describe('nextReviewDate', () => {
  it('is a quarter after sign-off, clamping to short months', () => {
    expect(nextReviewDate('2026-02-10T09:00:00.000Z')).toBe('2026-05-10');
    expect(nextReviewDate('2026-11-30T09:00:00.000Z')).toBe('2027-02-28');
  });
});
