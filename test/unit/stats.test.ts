import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mean,
  median,
  medianOfPresent,
  presentValues,
  quantile,
  ratio,
  roundedPercent,
  wilsonInterval,
} from '../../src/domain/stats';

const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const nonEmpty = fc.array(finite, { minLength: 1, maxLength: 50 });
/** A list together with a reordering of it. */
const listAndShuffle = nonEmpty.chain((values) =>
  fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
);

describe('quantile (type 7)', () => {
  it('interpolates between order statistics', () => {
    // h = (4 - 1) * 0.75 = 2.25 → x[2] + 0.25 * (x[3] - x[2]) = 3 + 0.25
    expect(quantile([4, 1, 3, 2], 0.75)).toBe(3.25);
    // h = 5 * 0.25 = 1.25 → 15 + 0.25 * (36 - 15); R's quantile(type = 7) gives the same
    expect(quantile([7, 15, 36, 39, 40, 41], 0.25)).toBe(20.25);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
  });

  it('gives the extremes at 0 and 1 and the value itself for one value', () => {
    expect(quantile([5, 1, 9], 0)).toBe(1);
    expect(quantile([5, 1, 9], 1)).toBe(9);
    expect(quantile([42], 0.3)).toBe(42);
  });

  it('is null with no values and refuses p outside [0, 1]', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('never decreases as p grows', () => {
    fc.assert(
      fc.property(
        nonEmpty,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const [low, high] = p <= q ? [p, q] : [q, p];
          expect(quantile(values, low)).toBeLessThanOrEqual(quantile(values, high) ?? Number.NaN);
        },
      ),
    );
  });
});

describe('median and mean', () => {
  it('takes the middle value, or the midpoint of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('averages', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
  });

  it('median lies within min and max', () => {
    fc.assert(
      fc.property(nonEmpty, (values) => {
        const m = median(values) ?? Number.NaN;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('median and quartiles do not depend on input order', () => {
    fc.assert(
      fc.property(listAndShuffle, ([values, shuffled]) => {
        expect(median(shuffled)).toBe(median(values));
        expect(quantile(shuffled, 0.75)).toBe(quantile(values, 0.75));
      }),
    );
  });
});

describe('null-aware helpers', () => {
  it('ignore nulls rather than counting them as zero', () => {
    expect(presentValues([3, null, 0, undefined, 1])).toEqual([3, 0, 1]);
    expect(medianOfPresent([3, null, 1, undefined])).toEqual({ value: 2, n: 2 });
    expect(medianOfPresent([null, null])).toEqual({ value: null, n: 0 });
  });
});

describe('ratios', () => {
  it('is null without a whole, so 0% and "nothing to measure" stay apart', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(0, 0)).toBeNull();
  });

  it('rounds to a whole percentage', () => {
    expect(roundedPercent(0.62)).toBe(62);
    expect(roundedPercent(0.625)).toBe(63);
    expect(roundedPercent(1)).toBe(100);
  });
});

describe('wilsonInterval', () => {
  it('matches hand-computed intervals', () => {
    // p = 0.8, z² = 3.8416: centre 0.99208 / 1.38416, margin 1.96·√0.025604 / 1.38416
    const eight = wilsonInterval(8, 10);
    expect(eight.low).toBeCloseTo(0.4902, 4);
    expect(eight.high).toBeCloseTo(0.9433, 4);
    // p = 0: [0, (z²/n) / (1 + z²/n)] = [0, 0.38416 / 1.38416]
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.27754, 5) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.72246, 5), high: 1 });
  });

  it('narrows with a smaller z', () => {
    const wide = wilsonInterval(8, 10);
    const narrow = wilsonInterval(8, 10, 1);
    expect(narrow.low).toBeGreaterThan(wide.low);
    expect(narrow.high).toBeLessThan(wide.high);
  });

  it('knows nothing from no trials and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });

  it('stays within [0, 1] and contains the observed proportion', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 10_000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([successes, n]) => {
          const { low, high } = wilsonInterval(successes, n);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(successes / n + 1e-12);
          expect(high).toBeGreaterThanOrEqual(successes / n - 1e-12);
        },
      ),
    );
  });
});
