/**
 * A small seeded pseudo-random generator (mulberry32). Domain code must be reproducible, so
 * everything that would otherwise reach for Math.random takes one of these instead.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /**
   * An independent generator derived from this one's seed and a label, so one part of a
   * generator can draw more or fewer numbers without reshuffling every other part.
   */
  fork(label: string): Random;
}

/** FNV-1a: cheap, stable string hashing for deriving fork seeds. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Accepts any finite number (fast-check hands us negatives and large values). */
function normaliseSeed(seed: number): number {
  if (!Number.isFinite(seed)) throw new Error(`Seed must be a finite number, got ${seed}.`);
  return Math.trunc(seed) >>> 0;
}

export function createRandom(seed: number): Random {
  const initial = normaliseSeed(seed);
  let state = initial;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new Error(`int(${min}, ${max}) needs whole numbers with min <= max.`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list.');
    return items[Math.floor(next() * items.length)] as T;
  };

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
    if (total <= 0) throw new Error('Weighted pick needs at least one positive weight.');
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= Math.max(0, weight);
      if (roll < 0) return value;
    }
    // Floating-point rounding can leave a sliver; the last positive entry owns it.
    const last = [...entries].reverse().find(([, weight]) => weight > 0);
    return (last as readonly [T, number])[0];
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };

  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    pick,
    weighted,
    chance: (p) => next() < p,
    shuffle,
    sample: (items, count) => {
      if (count > items.length) throw new Error(`Cannot sample ${count} of ${items.length}.`);
      return shuffle(items).slice(0, count);
    },
    fork: (label) => createRandom((initial ^ hashString(label)) >>> 0),
  };
}
