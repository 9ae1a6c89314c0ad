import { describe, expect, it } from 'vitest';
import {
  saturationCurve,
  saturationVerdict,
  type SaturationPoint,
} from '../../../src/domain/synthesis/saturation';
import { account, code, interview, quote, workspace } from './builders';

const iA = interview('iA', 'p1', '2026-01-01');
const iB = interview('iB', 'p2', '2026-01-05');
const iC = interview('iC', 'p3', '2026-01-05');
const iD = interview('iD', 'p1', '2026-01-09', { interviewer: 'Lee' });
const iE = interview('iE', 'p2', '2026-01-10');
const iF = interview('iF', 'p3', '2026-01-12');
const scheduled = interview('iG', 'p1', '2026-02-01', { status: 'planned', notes: '' });
const churnCall = interview('iX', 'c1', '2026-01-02');

const input = workspace({
  accounts: [
    account('p1', 'power_user'),
    account('p2', 'power_user'),
    account('p3', 'power_user'),
    account('c1', 'churner'),
  ],
  codes: [
    code('a', 'pain_point', 'Alpha'),
    code('b', 'outcome', 'Beta'),
    code('c', 'pain_point', 'Gamma'),
  ],
  // Out of date order on purpose.
  interviews: [iF, iE, iD, iC, iB, iA, scheduled, churnCall],
  highlights: [
    quote('q1', iA, ['b']),
    quote('q2', iA, ['a']),
    quote('q3', iB, ['a']),
    quote('q4', iC, ['c']),
    quote('q5', iD, ['a', 'b']),
    quote('q6', iF, ['b', 'unknown-code']),
    quote('q7', churnCall, ['c']),
  ],
});

const shape = (curve: SaturationPoint[]) =>
  curve.map((p) => [p.position, p.interview.id, p.newCodes.map((c) => c.id), p.cumulativeCodes]);

describe('saturationCurve', () => {
  it('accumulates distinct codes over the cohort’s interviews in date order', () => {
    expect(shape(saturationCurve(input, 'power_user'))).toEqual([
      [1, 'iA', ['a', 'b'], 2],
      [2, 'iB', [], 2],
      [3, 'iC', ['c'], 3],
      [4, 'iD', [], 3],
      [5, 'iE', [], 3],
      [6, 'iF', [], 3],
    ]);
    expect(shape(saturationCurve(input, 'churner'))).toEqual([[1, 'iX', ['c'], 1]]);
    expect(saturationCurve(input, 'lost_deal')).toEqual([]);
  });

  it('honours the filters', () => {
    expect(shape(saturationCurve(input, 'power_user', { interviewer: 'Lee' }))).toEqual([
      [1, 'iD', ['a', 'b'], 2],
    ]);
    expect(shape(saturationCurve(input, 'power_user', { codeKinds: ['outcome'] }))).toEqual([
      [1, 'iA', ['b'], 1],
      [2, 'iB', [], 1],
      [3, 'iC', [], 1],
      [4, 'iD', [], 1],
      [5, 'iE', [], 1],
      [6, 'iF', [], 1],
    ]);
  });
});

describe('saturationVerdict', () => {
  const curve = saturationCurve(input, 'power_user');

  it('saturated when the last interviews added nothing new', () => {
    expect(saturationVerdict(curve, 3)).toEqual({
      saturated: true,
      newInWindow: 0,
      message: 'Last 3 interviews added no new theme',
    });
    expect(saturationVerdict(curve, 1).message).toBe('Last interview added no new theme');
  });

  it('still finding themes, with the count', () => {
    expect(saturationVerdict(curve)).toEqual({
      saturated: false,
      newInWindow: 1,
      message: 'Still finding new themes: the last 4 interviews added 1 new code',
    });
    const point = (n: number, newCount: number): SaturationPoint => ({
      position: n,
      interview: iA,
      newCodes: Array.from({ length: newCount }, (_, i) => code(`k${n}-${i}`, 'pain_point')),
      cumulativeCodes: 10,
    });
    expect(
      saturationVerdict([point(1, 5), point(2, 1), point(3, 0), point(4, 1), point(5, 1)]).message,
    ).toBe('Still finding new themes: the last 4 interviews added 3 new codes');
  });

  it('too few interviews, or nothing coded yet', () => {
    expect(saturationVerdict(curve.slice(0, 2))).toEqual({
      saturated: false,
      newInWindow: null,
      message: 'Too few interviews to judge (2 of 4)',
    });
    const silent = saturationCurve(workspace({ ...input, highlights: [] }), 'power_user');
    expect(saturationVerdict(silent)).toMatchObject({
      saturated: false,
      message: 'No coded quotes yet',
    });
  });

  it('rejects a window that is not a whole number ≥ 1', () => {
    expect(() => saturationVerdict(curve, 0)).toThrow(RangeError);
  });
});
