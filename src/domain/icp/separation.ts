/**
 * Does the ICP separate (DOMAIN.md §5)? The AUC is the probability that a random power user
 * scores above a random churner or lost-deal account, ties counting one half. Excluded
 * accounts rank below every scored account (their ranking score is −∞), so a disqualifier
 * that catches churners raises the AUC and one that catches power users lowers it; two
 * excluded accounts tie.
 */
import { COHORT_KEYS, type CohortKey } from '../cohortOverview';
import { median } from '../stats';
import { rankingScore, type ScoredAccount } from './scoring';

/** How many of the sorted values are below `value` (strictly, or also equal). */
function countBelow(sorted: readonly number[], value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid] as number;
    if (x < value || (orEqual && x === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function separationAuc(high: readonly number[], low: readonly number[]): number | null {
  if (high.length === 0 || low.length === 0) return null;
  // Binary search over the sorted low scores instead of all pairs: thousands stay fast.
  const sortedLow = [...low].sort((a, b) => a - b);
  let wins = 0;
  for (const h of high) {
    const below = countBelow(sortedLow, h, false);
    const ties = countBelow(sortedLow, h, true) - below;
    wins += below + ties / 2;
  }
  return wins / (high.length * low.length);
}

/** Power users against churners and lost deals, from the scored accounts. */
export function icpSeparation(scored: readonly ScoredAccount[]): number | null {
  const high = scored.filter((s) => s.cohort === 'power_user').map(rankingScore);
  const low = scored
    .filter((s) => s.cohort === 'churner' || s.cohort === 'lost_deal')
    .map(rankingScore);
  return separationAuc(high, low);
}

export interface SeparationBase {
  powerUsers: number;
  /** Churners and lost deals. */
  comparison: number;
}

/** The accounts the AUC was computed over, so the figure says what it rests on. */
export function separationBase(scored: readonly ScoredAccount[]): SeparationBase {
  let powerUsers = 0;
  let comparison = 0;
  for (const s of scored) {
    if (s.cohort === 'power_user') powerUsers += 1;
    else if (s.cohort === 'churner' || s.cohort === 'lost_deal') comparison += 1;
  }
  return { powerUsers, comparison };
}

/** "From 12 power users against 30 churners and lost deals." */
export function describeSeparationBase({ powerUsers, comparison }: SeparationBase): string {
  const users = `${powerUsers} power ${powerUsers === 1 ? 'user' : 'users'}`;
  return `From ${users} against ${comparison} churners and lost deals.`;
}

export function separationStrength(
  auc: number,
): 'Strong' | 'Moderate' | 'Weak' | 'None' | 'Inverted' {
  if (auc >= 0.8) return 'Strong';
  if (auc >= 0.7) return 'Moderate';
  if (auc > 0.55) return 'Weak';
  if (auc >= 0.45) return 'None';
  return 'Inverted';
}

export function describeSeparation(auc: number | null): string {
  if (auc === null) {
    return 'Not enough data: score at least one power user and one churner or lost deal.';
  }
  const percent = Math.round(auc * 100);
  const strength = separationStrength(auc);
  const reading = `a power user outscores a churner or lost deal ${percent}% of the time`;
  if (strength === 'None') return `None: ${reading}, no better than a coin toss.`;
  if (strength === 'Inverted') return `Inverted: ${reading}; the traits favour the wrong accounts.`;
  return `${strength}: ${reading}`;
}

export interface HistogramBucket {
  /** Inclusive bounds. */
  from: number;
  to: number;
  count: number;
}

export interface CohortDistribution {
  cohort: CohortKey;
  /** Accounts scored (excluded ones are counted apart, not in the figures). */
  n: number;
  excluded: number;
  min: number | null;
  median: number | null;
  max: number | null;
  buckets: HistogramBucket[];
}

const MAX_BUCKETS = 10;

/**
 * Every cohort gets the same buckets (whole-number bounds over all scores) so the histograms
 * can be read side by side. Cohorts come from the scored accounts themselves.
 */
export function scoreDistribution(scored: readonly ScoredAccount[]): CohortDistribution[] {
  const included = scored.filter((s) => !s.excluded).map((s) => s.score);
  const lowest = included.length ? Math.min(...included) : 0;
  const highest = included.length ? Math.max(...included) : 0;
  const width = Math.max(1, Math.ceil((highest - lowest + 1) / MAX_BUCKETS));
  const bucketCount = Math.ceil((highest - lowest + 1) / width);
  return COHORT_KEYS.map((cohort) => {
    const members = scored.filter((s) => s.cohort === cohort);
    const scores = members.filter((s) => !s.excluded).map((s) => s.score);
    const buckets: HistogramBucket[] = Array.from({ length: bucketCount }, (_, i) => ({
      from: lowest + i * width,
      to: lowest + (i + 1) * width - 1,
      count: 0,
    }));
    for (const score of scores) {
      const bucket = buckets[Math.floor((score - lowest) / width)];
      if (bucket) bucket.count += 1;
    }
    return {
      cohort,
      n: scores.length,
      excluded: members.length - scores.length,
      min: scores.length ? Math.min(...scores) : null,
      median: median(scores),
      max: scores.length ? Math.max(...scores) : null,
      buckets,
    };
  });
}
