import { describe, expect, it } from 'vitest';
import {
  teamSignOff,
  teamSignOffText,
  versionHashText,
  type TeamDecision,
} from '../../../src/domain/review/teamSignOff';
import type { IcpVersion } from '../../../src/domain/schemas/icpVersion';

const HASH = 'a'.repeat(64);
const OLD = 'b'.repeat(64);
let seq = 0;

function decision(
  memberId: string,
  kind: TeamDecision['decision'] = 'approve',
  versionHash = HASH,
): TeamDecision {
  seq += 1;
  return {
    seq,
    at: `2026-12-05T03:00:${String(seq).padStart(2, '0')}.000Z`,
    memberId,
    name: memberId.toUpperCase(),
    role: 'reviewer',
    versionId: 'v2',
    versionHash,
    decision: kind,
    note: null,
  };
}

describe('teamSignOff', () => {
  it('needs as many distinct approvers as required: one is not enough, two are', () => {
    const c = decision('c');
    expect(teamSignOff([c], HASH, 2)).toMatchObject({ signedOff: false, approvedBy: [c] });
    const d = decision('d');
    const state = teamSignOff([c, d], HASH, 2);
    expect(state.signedOff).toBe(true);
    expect(state.approvedBy.map((x) => x.memberId)).toEqual(['c', 'd']);
    expect(teamSignOffText(state)).toBe('Signed off: 2 of 2 approvals from different reviewers.');
  });

  it('counts the same person approving twice once, but lists both decisions', () => {
    const entries = [decision('c'), decision('c')];
    const state = teamSignOff(entries, HASH, 2);
    expect(state.approvedBy).toHaveLength(1);
    expect(state.decisions).toHaveLength(2);
    expect(teamSignOffText(state)).toBe(
      'Not signed off yet: 1 of 2 approvals from different reviewers.',
    );
  });

  it('takes each person’s latest decision: a later request for changes withdraws an approval', () => {
    const state = teamSignOff(
      [decision('c'), decision('d'), decision('c', 'request_changes')],
      HASH,
      2,
    );
    expect(state.signedOff).toBe(false);
    expect(state.approvedBy.map((x) => x.memberId)).toEqual(['d']);
    expect(state.changesRequestedBy.map((x) => x.memberId)).toEqual(['c']);
  });

  it('ignores approvals of another freeze of the version, and honours the workspace’s number', () => {
    const entries = [decision('c', 'approve', OLD), decision('d', 'approve', OLD), decision('e')];
    expect(teamSignOff(entries, HASH, 2).approvedBy.map((x) => x.memberId)).toEqual(['e']);
    expect(teamSignOff(entries, HASH, 1).signedOff).toBe(true);
    expect(teamSignOff(entries, OLD, 3).signedOff).toBe(false);
  });

  it('orders decisions as the server recorded them, whatever order they arrive in', () => {
    const a = decision('c');
    const b = decision('d', 'request_changes');
    expect(teamSignOff([b, a], HASH, 2).decisions.map((x) => x.seq)).toEqual([a.seq, b.seq]);
  });
});

describe('versionHashText', () => {
  const trait = (id: string, name: string) => ({
    id,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    name,
    component: 'firmographic' as const,
    kind: 'must_have' as const,
    weight: 3,
    rule: null,
  });
  const first = trait('t1', 'Mid-market');
  const second = trait('t2', 'Warehouse');
  const version = {
    id: 'v2',
    number: 2,
    traits: [first, second],
    isLines: ['B2B SaaS'],
    isNotLines: ['Agencies'],
    exclusions: [],
  } as unknown as IcpVersion;

  it('is the same for the same content, whatever the key or trait order', () => {
    const reordered = {
      exclusions: [],
      isNotLines: ['Agencies'],
      isLines: ['B2B SaaS'],
      traits: [...version.traits]
        .reverse()
        .map((t) => Object.fromEntries(Object.entries(t).reverse())),
      number: 2,
      id: 'v2',
    } as unknown as IcpVersion;
    expect(versionHashText(reordered)).toBe(versionHashText(version));
  });

  it('changes when what is agreed changes: a line, a weight', () => {
    const base = versionHashText(version);
    expect(versionHashText({ ...version, isLines: ['B2B SaaS, 50+'] })).not.toBe(base);
    const heavier = {
      ...version,
      traits: [{ ...first, weight: 4 }, second],
    } as unknown as IcpVersion;
    expect(versionHashText(heavier)).not.toBe(base);
  });
});
