/**
 * Small descriptive statistics for account and deal numbers. CRM exports are full of blanks,
 * so every helper that takes raw fields ignores nulls instead of treating them as zero, and
 * every "no data" answer is null rather than NaN so callers must say what an empty cohort shows.
 */

/** A statistic together with how many values it rests on: a median of 2 is not a median of 200. */
export interface CountedStat {
  value: number | null;
  n: number;
}

export function presentValues(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((value): value is number => value !== null && value !== undefined);
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The p-quantile by linear interpolation between order statistics (Hyndman & Fan type 7, the
 * default of R, NumPy and spreadsheets' QUANTILE.INC): with the values sorted as x[0..n-1],
 * h = (n - 1) * p and the result is x[⌊h⌋] + (h - ⌊h⌋) * (x[⌊h⌋ + 1] - x[⌊h⌋]). Matching the
 * spreadsheet definition lets a user check a "top 25%" threshold by hand.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Quantile must be between 0 and 1, got ${p}.`);
  const sorted = sortedCopy(values);
  const h = (sorted.length - 1) * p;
  const lowIndex = Math.floor(h);
  const low = sorted[lowIndex];
  if (low === undefined) return null;
  const high = sorted[lowIndex + 1] ?? low;
  return low + (h - lowIndex) * (high - low);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function medianOfPresent(values: readonly (number | null | undefined)[]): CountedStat {
  const present = presentValues(values);
  return { value: median(present), n: present.length };
}

/** part / whole, or null when there is no whole: a 0% win rate and "no closed deals" differ. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** A ratio as a whole percentage for messages ("62%"). */
export function roundedPercent(share: number): number {
  return Math.round(share * 100);
}

/**
 * Wilson score interval for a proportion. Unlike the normal approximation it stays inside
 * [0, 1] and remains honest for the small counts interviews produce (3 of 4 accounts).
 * With n = 0 nothing is known, so the interval is the whole range.
 */
export function wilsonInterval(
  successes: number,
  n: number,
  z = 1.96,
): { low: number; high: number } {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`n must be a whole number ≥ 0, got ${n}.`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`Successes must be a whole number from 0 to ${n}, got ${successes}.`);
  }
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Clamp away floating-point dust so 0/n starts exactly at 0 and n/n ends exactly at 1.
  return { low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}
