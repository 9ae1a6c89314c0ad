import { describe, expect, it } from 'vitest';
import { CODE_IDS, defaultCodebook } from '../../src/domain/defaultCodebook';
import { defaultGuideBank } from '../../src/domain/defaultGuides';
import {
  callPins,
  DEFAULT_PINS,
  guidePinIds,
  MAX_GUIDE_PINS,
  pinAt,
} from '../../src/domain/guidePins';
import { COHORTS } from '../../src/domain/schemas/cohort';
import { guideSchema } from '../../src/domain/schemas/guide';

const NOW = '2026-03-31T12:00:00.000Z';
const codes = defaultCodebook(NOW);
const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1}`);

describe('default pins', () => {
  it('give each cohort codes of the codebook, with Alt+7–9 left free', () => {
    const known = new Set(codes.map((c) => c.id));
    for (const cohort of COHORTS) {
      const pins = DEFAULT_PINS[cohort];
      expect(pins.length).toBeLessThan(MAX_GUIDE_PINS);
      expect(pins.every((id) => known.has(id))).toBe(true);
      expect(new Set(pins).size).toBe(pins.length);
    }
  });

  it('pin failure reasons for churners and pains for power users', () => {
    const kinds = (cohort: keyof typeof DEFAULT_PINS) =>
      new Set(DEFAULT_PINS[cohort].map((id) => codes.find((c) => c.id === id)?.kind));
    expect([...kinds('churner')].every((kind) => kind?.startsWith('failure_'))).toBe(true);
    expect(kinds('power_user').has('pain_point')).toBe(true);
    expect(kinds('lost_deal').has('competitor')).toBe(true);
    expect(kinds('emerging_promoter').has('buying_trigger')).toBe(true);
  });

  it('are stored on the starter guides', () => {
    for (const guide of defaultGuideBank(NOW).guides) {
      expect(guide.pinnedCodeIds).toEqual(guide.cohort ? DEFAULT_PINS[guide.cohort] : []);
    }
  });
});

describe('guidePinIds', () => {
  it('reads a guide from before pins as its cohort’s defaults, and one without a cohort as none', () => {
    const old = guideSchema.parse({
      id: 'g',
      createdAt: NOW,
      updatedAt: NOW,
      name: 'Old churn guide',
      cohort: 'churner',
      questionIds: [],
    });
    expect(old.pinnedCodeIds).toBeUndefined();
    expect(guidePinIds(old)).toEqual(DEFAULT_PINS.churner);
    expect(guidePinIds({ cohort: null })).toEqual([]);
    expect(guidePinIds({ cohort: 'churner', pinnedCodeIds: [] })).toEqual([]);
  });

  it('refuses a tenth pin or a code pinned twice in a stored guide', () => {
    const guide = {
      id: 'g',
      createdAt: NOW,
      updatedAt: NOW,
      name: 'G',
      cohort: null,
      questionIds: [],
    };
    expect(guideSchema.safeParse({ ...guide, pinnedCodeIds: ids(10) }).success).toBe(false);
    expect(guideSchema.safeParse({ ...guide, pinnedCodeIds: ['a', 'a'] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...guide, pinnedCodeIds: ids(9) }).success).toBe(true);
  });
});

describe('callPins', () => {
  it('follows the guide’s order and skips codes deleted since', () => {
    const guide = {
      cohort: null,
      pinnedCodeIds: [CODE_IDS.failureNoSso, 'gone', CODE_IDS.painManualReporting],
    };
    expect(callPins(guide, codes).map((c) => c.id)).toEqual([
      CODE_IDS.failureNoSso,
      CODE_IDS.painManualReporting,
    ]);
  });

  it('falls back to the codebook’s own pinned codes when the interview has no guide', () => {
    expect(callPins(undefined, codes).map((c) => c.id)).toEqual(
      codes.filter((c) => c.pinned).map((c) => c.id),
    );
  });
});

describe('pinAt', () => {
  it('inserts at a key, moving the later pins one key down', () => {
    expect(pinAt(['a', 'b', 'c'], 'x', 1)).toEqual({ ok: true, pins: ['a', 'x', 'b', 'c'] });
    expect(pinAt(['a', 'b'], 'x', 8)).toEqual({ ok: true, pins: ['a', 'b', 'x'] });
  });

  it('moves a code already pinned instead of pinning it twice', () => {
    expect(pinAt(['a', 'b', 'c'], 'c', 0)).toEqual({ ok: true, pins: ['c', 'a', 'b'] });
    expect(pinAt(ids(9), 'c9', 0)).toMatchObject({ ok: true });
  });

  it('refuses a tenth code, saying why', () => {
    expect(pinAt(ids(9), 'x', 3)).toEqual({
      ok: false,
      reason: 'This guide already pins 9 codes, one for each of Alt+1…9. Unpin one first.',
    });
  });
});
