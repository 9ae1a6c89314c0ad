/**
 * Rule-based cohort suggestions (DOMAIN.md §1-2). The rules only ever suggest: each suggestion
 * carries its reason with the numbers behind it, and a cohort the user chose is never replaced.
 */
import { z } from 'zod';
import type { Account } from './schemas/account';
import type { Cohort } from './schemas/cohort';
import type { Deal } from './schemas/deal';
import { median, presentValues, quantile, roundedPercent } from './stats';

/** Key of the workspace setting that stores the thresholds. */
export const COHORT_THRESHOLDS_SETTING_KEY = 'cohortThresholds';

export const cohortThresholdsSchema = z.object({
  /** Which money measure ranks power users; the team's choice (DOMAIN.md §2). */
  valueMetric: z.enum(['arr', 'ltv'], { message: 'Value metric must be ARR or LTV.' }),
  /** Share of current customers, by value, that can be power users: 0.25 = top quartile. */
  valueTopShare: z
    .number({ message: 'Top share must be a number.' })
    .gt(0, 'Top share must be above 0%.')
    .max(1, 'Top share cannot be above 100%.'),
  /** Triangulate: a big logo that took three times the usual cycle is not a best customer. */
  cycleAtOrUnderMedian: z.boolean({ message: 'Cycle rule must be on or off.' }),
  /** Retained at least this long counts as loyal for power users. */
  minTenureMonths: z
    .number({ message: 'Tenure must be a number.' })
    .int('Tenure must be whole months.')
    .min(0, 'Tenure cannot be negative.'),
  /** NPS at or above this is a promoter (9-10 by the standard NPS definition). */
  promoterNpsMin: z
    .number({ message: 'Promoter NPS must be a number.' })
    .int('Promoter NPS must be a whole number.')
    .min(0, 'Promoter NPS must be from 0 to 10.')
    .max(10, 'Promoter NPS must be from 0 to 10.'),
  /** Customers younger than this can be emerging promoters. */
  emergingMaxTenureMonths: z
    .number({ message: 'Emerging tenure must be a number.' })
    .int('Emerging tenure must be whole months.')
    .min(1, 'Emerging tenure must be at least 1 month.'),
});
export type CohortThresholds = z.infer<typeof cohortThresholdsSchema>;

export const DEFAULT_COHORT_THRESHOLDS: CohortThresholds = {
  valueMetric: 'arr',
  valueTopShare: 0.25,
  cycleAtOrUnderMedian: true,
  minTenureMonths: 12,
  promoterNpsMin: 9,
  emergingMaxTenureMonths: 12,
};

/**
 * Reads the stored setting over the defaults, so a workspace saved before a threshold existed
 * still gets a full set, and a corrupt value falls back to the defaults instead of breaking.
 */
export function cohortThresholdsFromSetting(stored: unknown): CohortThresholds {
  const partial = typeof stored === 'object' && stored !== null ? stored : {};
  const parsed = cohortThresholdsSchema.safeParse({ ...DEFAULT_COHORT_THRESHOLDS, ...partial });
  return parsed.success ? parsed.data : DEFAULT_COHORT_THRESHOLDS;
}

export interface CohortSuggestion {
  accountId: string;
  /** null: no rule matched; `reason` says why. */
  cohort: Cohort | null;
  reason: string;
  current: Cohort | null;
  currentSource: Account['cohortSource'];
  /** False when the user set the cohort, when it would not change, or when there is nothing to suggest. */
  willApply: boolean;
}

interface IsoParts {
  year: number;
  month: number;
  day: number;
}

function isoParts(iso: string): IsoParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`"${iso}" is not a YYYY-MM-DD date.`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * Whole calendar months from one date to another (0 when `to` is earlier). The last day of a
 * short month completes a month that started on a later day: Jan 31 → Feb 28 is one month.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const a = isoParts(from);
  const b = isoParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  const lastDayOfToMonth = new Date(Date.UTC(b.year, b.month, 0)).getUTCDate();
  if (b.day < a.day && b.day < lastDayOfToMonth) months -= 1;
  return Math.max(0, months);
}

/** Months a customer has stayed: until they churned, or until today. null for non-customers. */
export function tenureMonths(
  account: Pick<Account, 'customerSince' | 'churnedAt'>,
  today: string,
): number | null {
  if (account.customerSince === null) return null;
  return wholeMonthsBetween(account.customerSince, account.churnedAt ?? today);
}

/**
 * A cohort counts as the user's when they set it by hand, and also when it came in with no
 * source at all (an imported column): only cohorts the rules set are the rules' to change.
 * Exported so the screens and the repository apply the same test as the rules.
 */
export function isUserSet(account: Pick<Account, 'cohort' | 'cohortSource'>): boolean {
  return (
    account.cohortSource === 'manual' ||
    (account.cohort !== null && account.cohortSource !== 'rule')
  );
}

/** A churner with no churn date (a CRM's "former customer") has left all the same. */
function isCurrentCustomer(account: Account): boolean {
  return (
    account.customerSince !== null && account.churnedAt === null && account.cohort !== 'churner'
  );
}

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const days = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The bars every account is measured against, from the current customers only. */
interface Reference {
  valueThreshold: number | null;
  cycleMedian: number | null;
}

function reference(accounts: readonly Account[], thresholds: CohortThresholds): Reference {
  const current = accounts.filter(isCurrentCustomer);
  const values = presentValues(current.map((account) => account[thresholds.valueMetric]));
  const cycles = presentValues(current.map((account) => account.salesCycleDays));
  return {
    valueThreshold: quantile(values, 1 - thresholds.valueTopShare),
    cycleMedian: median(cycles),
  };
}

/** `loyalty`: the reason already states tenure and NPS, so nothing needs adding about them. */
type Check =
  | { ok: true; reason: string }
  | { ok: false; reason: string; failedOn: 'value' | 'cycle' | 'loyalty' };

const monthsText = (months: number) => plural(months, 'month', 'months');

const npsShortfall = (nps: number | null, t: CohortThresholds) =>
  nps === null ? 'no NPS recorded' : `NPS ${nps} (< ${t.promoterNpsMin})`;

function powerUserCheck(
  account: Account,
  ref: Reference,
  t: CohortThresholds,
  tenure: number,
): Check {
  const label = t.valueMetric === 'arr' ? 'ARR' : 'LTV';
  const value = account[t.valueMetric];
  if (value === null || ref.valueThreshold === null) {
    return { ok: false, reason: `No ${label} recorded`, failedOn: 'value' };
  }
  const bar = `top ${roundedPercent(t.valueTopShare)}% (≥ ${usd.format(ref.valueThreshold)})`;
  if (value < ref.valueThreshold) {
    return { ok: false, reason: `${label} below ${bar}`, failedOn: 'value' };
  }
  const parts = [`${label} in ${bar}`];
  const failing = (but: string, failedOn: 'cycle' | 'loyalty'): Check => ({
    ok: false,
    reason: `${parts.join(', ')}, but ${but}`,
    failedOn,
  });

  if (t.cycleAtOrUnderMedian) {
    const cycle = account.salesCycleDays;
    if (cycle === null || ref.cycleMedian === null)
      return failing('no sales cycle recorded', 'cycle');
    const comparison = `cycle ${days.format(cycle)} d`;
    const medianText = `median ${days.format(ref.cycleMedian)} d`;
    if (cycle > ref.cycleMedian) return failing(`${comparison} > ${medianText}`, 'cycle');
    parts.push(`${comparison} ≤ ${medianText}`);
  }

  if (tenure >= t.minTenureMonths) {
    parts.push(`customer ${monthsText(tenure)}`);
  } else if (account.nps !== null && account.nps >= t.promoterNpsMin) {
    parts.push(`NPS ${account.nps}`);
  } else {
    const stay = `customer ${monthsText(tenure)} (< ${t.minTenureMonths})`;
    return failing(`${stay} and ${npsShortfall(account.nps, t)}`, 'loyalty');
  }
  return { ok: true, reason: parts.join(', ') };
}

function dealsSummary(deals: readonly Deal[]): string {
  const counts = { lost: 0, open: 0, won: 0 };
  for (const deal of deals) counts[deal.stage] += 1;
  const stages = (['lost', 'open', 'won'] as const)
    .filter((stage) => counts[stage] > 0)
    .map((stage) => `${counts[stage]} ${stage}`);
  return `${plural(deals.length, 'deal', 'deals')}: ${stages.join(', ')}`;
}

function suggestFor(
  account: Account,
  deals: readonly Deal[],
  ref: Reference,
  t: CohortThresholds,
  today: string,
): { cohort: Cohort | null; reason: string } {
  if (account.churnedAt !== null) {
    return { cohort: 'churner', reason: `Churned ${account.churnedAt}` };
  }
  if (account.cohort === 'churner') {
    return { cohort: 'churner', reason: 'Left; no churn date recorded' };
  }
  const tenure = tenureMonths(account, today);
  if (tenure === null) {
    if (deals.length === 0) return { cohort: null, reason: 'Not a customer and no deals recorded' };
    if (deals.every((deal) => deal.stage === 'lost')) {
      const reason = deals.length === 1 ? '1 deal, lost' : `${deals.length} deals, all lost`;
      return { cohort: 'lost_deal', reason };
    }
    return { cohort: null, reason: `Not a customer; ${dealsSummary(deals)}` };
  }

  const power = powerUserCheck(account, ref, t, tenure);
  if (power.ok) return { cohort: 'power_user', reason: power.reason };

  const isNew = tenure < t.emergingMaxTenureMonths;
  if (isNew && account.nps !== null && account.nps >= t.promoterNpsMin) {
    return {
      cohort: 'emerging_promoter',
      reason: `Customer ${monthsText(tenure)}, NPS ${account.nps}`,
    };
  }
  // Say why a new customer is not an emerging promoter either, unless the reason already did.
  if (!isNew || power.failedOn === 'loyalty') return { cohort: null, reason: power.reason };
  return {
    cohort: null,
    reason: `${power.reason}; customer ${monthsText(tenure)}, ${npsShortfall(account.nps, t)}`,
  };
}

/**
 * One suggestion per account, in input order. Thresholds come from the whole input, so the
 * result for an account does not depend on where it sits in the list.
 */
export function suggestCohorts(
  accounts: readonly Account[],
  deals: readonly Deal[],
  thresholds: CohortThresholds,
  today: string,
): CohortSuggestion[] {
  // Fail on a malformed `today` even when no account is a customer and it would go unread.
  isoParts(today);
  const ref = reference(accounts, thresholds);
  const dealsByAccount = new Map<string, Deal[]>();
  for (const deal of deals) {
    const list = dealsByAccount.get(deal.accountId);
    if (list) list.push(deal);
    else dealsByAccount.set(deal.accountId, [deal]);
  }
  return accounts.map((account) => {
    const { cohort, reason } = suggestFor(
      account,
      dealsByAccount.get(account.id) ?? [],
      ref,
      thresholds,
      today,
    );
    return {
      accountId: account.id,
      cohort,
      reason,
      current: account.cohort,
      currentSource: account.cohortSource,
      willApply: cohort !== null && cohort !== account.cohort && !isUserSet(account),
    };
  });
}

/**
 * The accounts the suggestions change, with the new cohort marked as set by the rules. The
 * user-set check is repeated against the accounts given, because the user may have picked a
 * cohort by hand after the suggestions were made. `updatedAt` is left to the repository.
 */
export function applySuggestions(
  accounts: readonly Account[],
  suggestions: readonly CohortSuggestion[],
): Account[] {
  const byAccount = new Map(suggestions.map((suggestion) => [suggestion.accountId, suggestion]));
  const changed: Account[] = [];
  for (const account of accounts) {
    const suggestion = byAccount.get(account.id);
    if (!suggestion?.willApply || suggestion.cohort === null) continue;
    if (isUserSet(account) || suggestion.cohort === account.cohort) continue;
    changed.push({ ...account, cohort: suggestion.cohort, cohortSource: 'rule' });
  }
  return changed;
}
