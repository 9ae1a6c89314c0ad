import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createRandom } from '../../src/domain/seededRandom';

const draw = (seed: number, n = 20) => {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42)).toEqual(draw(42));
  });

  it('gives different sequences for different seeds', () => {
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(0)).not.toEqual(draw(-1));
  });

  it('rejects seeds that are not finite numbers', () => {
    expect(() => createRandom(Number.NaN)).toThrow();
    expect(() => createRandom(Number.POSITIVE_INFINITY)).toThrow();
  });

  it('keeps next() in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = createRandom(seed);
        for (let i = 0; i < 200; i += 1) {
          const value = rng.next();
          if (value < 0 || value >= 1) return false;
        }
        return true;
      }),
      { numRuns: 50 },
    );
  });

  it('keeps int(min, max) inside both ends and reaches each of them', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const rng = createRandom(seed);
          for (let i = 0; i < 100; i += 1) {
            const value = rng.int(min, min + span);
            if (!Number.isInteger(value) || value < min || value > min + span) return false;
          }
          return true;
        },
      ),
      { numRuns: 50 },
    );
    const rng = createRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses an inverted or fractional int range', () => {
    const rng = createRandom(1);
    expect(() => rng.int(5, 4)).toThrow();
    expect(() => rng.int(0.5, 4)).toThrow();
  });

  it('picks only items from the list and refuses an empty one', () => {
    const rng = createRandom(3);
    const items = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 50; i += 1) expect(items).toContain(rng.pick(items));
    expect(() => rng.pick([])).toThrow();
  });

  it('weights picks and never returns a zero-weight entry', () => {
    const rng = createRandom(11);
    const counts = { common: 0, rare: 0, never: 0 };
    for (let i = 0; i < 4000; i += 1) {
      const key = rng.weighted<keyof typeof counts>([
        ['common', 3],
        ['rare', 1],
        ['never', 0],
      ]);
      counts[key] += 1;
    }
    expect(counts.never).toBe(0);
    expect(counts.common / counts.rare).toBeGreaterThan(2.4);
    expect(counts.common / counts.rare).toBeLessThan(3.6);
    expect(() => rng.weighted([['x', 0]])).toThrow();
  });

  it('honours the extremes of chance()', () => {
    const rng = createRandom(5);
    for (let i = 0; i < 100; i += 1) {
      expect(rng.chance(0)).toBe(false);
      expect(rng.chance(1)).toBe(true);
    }
  });

  it('shuffles into a permutation without touching the input', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 40 }), (seed, items) => {
        const before = [...items];
        const shuffled = createRandom(seed).shuffle(items);
        expect(items).toEqual(before);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
      { numRuns: 50 },
    );
  });

  it('samples distinct items and refuses to sample more than there are', () => {
    const rng = createRandom(9);
    const sample = rng.sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(sample).size).toBe(5);
    expect(() => rng.sample([1, 2], 3)).toThrow();
  });

  it('forks reproducibly, by label, regardless of what the parent has drawn', () => {
    const a = createRandom(99);
    const b = createRandom(99);
    b.next();
    b.next();
    const forkA = a.fork('deals');
    const forkB = b.fork('deals');
    expect([forkA.next(), forkA.next()]).toEqual([forkB.next(), forkB.next()]);
    expect(createRandom(99).fork('deals').next()).not.toBe(createRandom(99).fork('notes').next());
  });
});
