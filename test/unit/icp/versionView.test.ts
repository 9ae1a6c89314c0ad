import { describe, expect, it } from 'vitest';
import type { ScoredAccount } from '../../../src/domain/icp/scoring';
import {
  accountsInFigures,
  EXCLUDED_AT_SIGN_OFF,
  frozenFigures,
  liveFigures,
  pickVersion,
  traitMatches,
  versionLabel,
} from '../../../src/domain/icp/versionView';
import type { IcpVersion } from '../../../src/domain/schemas/icpVersion';
import { pairsOf } from '../../fixtures/records';
import { account } from '../synthesis/builders';
import { trait } from './builders';

const SIGNED = '2026-02-10T09:00:00.000Z';
const AFTER = '2026-03-01T00:00:00.000Z';

const frozen = (snapshot: IcpVersion['snapshot'] = null) => ({
  traits: [trait('t1', { weight: 5 }), trait('t2', { weight: 3 })],
  frozenAt: SIGNED,
  snapshot,
});

const scoredAccount = (accountId: string, matched: string[]): ScoredAccount => ({
  accountId,
  cohort: 'power_user',
  score: matched.length,
  matched,
  excluded: false,
  reasons: [],
});

describe('frozenFigures', () => {
  const snapshot = {
    separation: 0.75,
    scores: pairsOf({ p: 8, c: 3, gone: 5 }),
    evidence: pairsOf({ t1: { accounts: 4, quotes: 9 } }),
  };
  const accounts = [
    account('p', 'power_user'),
    account('c', 'churner'),
    // Existed at sign-off but has no score: a disqualifier excluded it.
    account('x', 'lost_deal'),
    // Created after sign-off: not part of the version's figures at all.
    account('new', 'power_user', { createdAt: AFTER }),
  ];

  it('reads scores, separation and evidence from the snapshot, not from today', () => {
    const figures = frozenFigures(frozen(snapshot), accounts);
    expect(figures).toMatchObject({
      frozen: true,
      recorded: true,
      separation: 0.75,
      matches: null,
      cohortsAsSignedOff: false,
      addedSince: 1,
      deletedSince: 1,
    });
    expect(figures.scored).toEqual([
      { accountId: 'p', cohort: 'power_user', score: 8, matched: [], excluded: false, reasons: [] },
      { accountId: 'c', cohort: 'churner', score: 3, matched: [], excluded: false, reasons: [] },
      {
        accountId: 'x',
        cohort: 'lost_deal',
        score: 0,
        matched: [],
        excluded: true,
        reasons: [EXCLUDED_AT_SIGN_OFF],
      },
    ]);
    // A trait the snapshot has no count for reads as none, not as today's count.
    expect(figures.evidence).toEqual({
      t1: { accounts: 4, quotes: 9 },
      t2: { accounts: 0, quotes: 0 },
    });
    expect(figures.traits.map((t) => t.weight)).toEqual([5, 3]);
  });

  it('keeps a frozen score even when the account was re-created with a later date', () => {
    const figures = frozenFigures(frozen(snapshot), [
      account('p', 'power_user', { createdAt: AFTER }),
    ]);
    expect(figures.scored.map((s) => [s.accountId, s.score])).toEqual([['p', 8]]);
    expect(figures.addedSince).toBe(0);
  });

  it('says when a signed-off version has no snapshot, and scores nobody', () => {
    const figures = frozenFigures(frozen(null), accounts);
    expect(figures).toMatchObject({ frozen: true, recorded: false, separation: null });
    expect(figures.scored).toEqual([]);
    expect(figures.addedSince).toBe(accounts.length);
  });

  it('limits the accounts of frozen figures to those scored at sign-off', () => {
    const figures = frozenFigures(frozen(snapshot), accounts);
    expect(accountsInFigures(accounts, figures).map((a) => a.id)).toEqual(['p', 'c', 'x']);
    const live = liveFigures([], [], null, {});
    expect(accountsInFigures(accounts, live)).toHaveLength(accounts.length);
  });
});

describe('frozenFigures of a snapshot with cohorts and matches', () => {
  const version = {
    traits: [
      trait('t1', { name: 'Uses Salesforce', weight: 5 }),
      trait('t2', { name: 'Finance team', weight: 3 }),
      trait('no', { name: 'On-prem only', kind: 'disqualifier' as const, weight: -5 }),
    ],
    frozenAt: SIGNED,
    snapshot: {
      separation: 0.8,
      scores: pairsOf({ p: 8, c: 3, gone: 5 }),
      evidence: [],
      accounts: pairsOf({
        p: { cohort: 'power_user' as const, matched: [0, 1] },
        c: { cohort: 'unassigned' as const, matched: [1] },
        x: { cohort: 'churner' as const, matched: [0, 2] },
        gone: { cohort: 'power_user' as const, matched: [0] },
      }),
    },
  };
  // Today every account has moved cohort since sign-off, and one was added.
  const today = [
    account('p', 'churner'),
    account('c', 'power_user'),
    account('x', 'power_user'),
    account('new', 'power_user', { createdAt: AFTER }),
  ];

  it('groups by the cohorts at sign-off and counts the matches then, not today', () => {
    const figures = frozenFigures(version, today);
    expect(figures).toMatchObject({
      frozen: true,
      recorded: true,
      cohortsAsSignedOff: true,
      separation: 0.8,
      addedSince: 1,
      deletedSince: 1,
    });
    expect(figures.scored.map((s) => [s.accountId, s.cohort, s.score, s.excluded])).toEqual([
      ['p', 'power_user', 8, false],
      ['c', 'unassigned', 3, false],
      ['x', 'churner', 0, true],
    ]);
    expect(Object.fromEntries(figures.matches ?? [])).toEqual({ t1: 2, t2: 2, no: 1 });
  });

  it('gives each account the reasons its matches gave at sign-off', () => {
    const figures = frozenFigures(version, today);
    const reasons = Object.fromEntries(figures.scored.map((s) => [s.accountId, s.reasons]));
    expect(reasons).toEqual({
      p: ['Uses Salesforce (+5)', 'Finance team (+3)'],
      c: ['Finance team (+3)'],
      x: ['Uses Salesforce (+5)', 'Excluded by: On-prem only'],
    });
  });

  it('marks a snapshot from before cohorts were kept, which falls back to today', () => {
    const older = frozenFigures(
      frozen({ separation: 0.5, scores: pairsOf({ p: 1 }), evidence: [] }),
      [account('p', 'churner')],
    );
    expect(older).toMatchObject({ cohortsAsSignedOff: false, matches: null });
    expect(older.scored[0]?.cohort).toBe('churner');
  });
});

describe('liveFigures and traitMatches', () => {
  it('counts the accounts each trait matches', () => {
    const scored = [scoredAccount('a', ['t1', 't2']), scoredAccount('b', ['t1'])];
    expect([...traitMatches(scored)]).toEqual([
      ['t1', 2],
      ['t2', 1],
    ]);
    const figures = liveFigures([trait('t1')], scored, 0.5, {});
    expect(figures).toMatchObject({ frozen: false, recorded: true, separation: 0.5 });
    expect(figures.matches?.get('t1')).toBe(2);
  });
});

describe('pickVersion', () => {
  const versions = [{ id: 'v1' }, { id: 'v2' }, { id: 'v3' }];
  it('opens the version the link names, else the current (latest) one', () => {
    expect(pickVersion(versions, 'v1')).toEqual({ version: { id: 'v1' }, missing: false });
    expect(pickVersion(versions, null)).toEqual({ version: { id: 'v3' }, missing: false });
    expect(pickVersion(versions, '')).toEqual({ version: { id: 'v3' }, missing: false });
  });
  it('falls back to the current version for a version that no longer exists, and says so', () => {
    expect(pickVersion(versions, 'gone')).toEqual({ version: { id: 'v3' }, missing: true });
    expect(pickVersion([], 'v1')).toBeNull();
  });
});

describe('versionLabel', () => {
  it('names the number and status, and the day a signed-off version was frozen', () => {
    expect(versionLabel({ number: 2, status: 'draft', frozenAt: null })).toBe('v2 · Draft');
    expect(versionLabel({ number: 1, status: 'signed_off', frozenAt: SIGNED })).toBe(
      'v1 · Signed off 2026-02-10',
    );
  });
});
