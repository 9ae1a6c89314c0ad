/**
 * Win/loss by trait (DOMAIN.md §1): win rate and days to close per trait value, each with the
 * deal counts behind it, and a warning when the base is too lopsided to compare values at all.
 */
import { countryOfCode } from './normalising/countries';
import { regionLabel } from './normalising/regionLabel';
import type { Account } from './schemas/account';
import type { Deal } from './schemas/deal';
import { integrationsBand, sizeBandOf } from './sizeBands';
import { median, presentValues, ratio, roundedPercent } from './stats';

export const WIN_RATE_TRAITS = [
  'industry',
  'sizeBand',
  'region',
  'continent',
  'integrationsBand',
] as const;
export type WinRateTrait = (typeof WIN_RATE_TRAITS)[number];

export interface WinRateRow {
  /** null: the deal's account has no value for this trait. */
  value: string | null;
  won: number;
  lost: number;
  open: number;
  /** won + lost: the deals behind `winRate`. */
  closed: number;
  /** won / closed, null when nothing has closed. */
  winRate: number | null;
  /** Median of createdOn → closedOn over won deals with both dates. */
  medianDaysToClose: number | null;
  /** The won deals behind `medianDaysToClose`. */
  daysToCloseN: number;
  /** All deals with this value, open ones included. */
  n: number;
}

function traitValue(account: Account, trait: WinRateTrait): string | null {
  switch (trait) {
    case 'industry':
      return account.industry;
    case 'region':
      // A country code reads as its name; a sales region ("EMEA") as stored.
      return regionLabel(account.region)?.label ?? null;
    case 'continent':
      // Countries group by continent; a sales region is already a grouping of its own.
      return countryOfCode(account.region)?.continent ?? account.region;
    case 'sizeBand':
      return sizeBandOf(account);
    case 'integrationsBand':
      return integrationsBand(account.integrations);
  }
}

const DAY_MS = 86_400_000;

/** Date-only ISO strings parse as UTC midnight, so the difference is whole days in any time zone. */
function utcDay(iso: string): number {
  return Date.parse(iso) / DAY_MS;
}

/** Days from opening to closing, or null when a date is missing or the dates run backwards. */
function daysToClose(deal: Deal): number | null {
  if (deal.createdOn === null || deal.closedOn === null) return null;
  const days = utcDay(deal.closedOn) - utcDay(deal.createdOn);
  return days >= 0 ? days : null;
}

interface Tally {
  won: number;
  lost: number;
  open: number;
  closeDays: (number | null)[];
}

function compareRows(a: WinRateRow, b: WinRateRow): number {
  if (a.closed !== b.closed) return b.closed - a.closed;
  if (a.n !== b.n) return b.n - a.n;
  // Unknown last; otherwise code-unit order, which unlike localeCompare is the same everywhere.
  if (a.value === null || b.value === null) return a.value === null ? 1 : -1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/**
 * One row per trait value, most closed deals first. Deals whose account is not in `accounts`
 * are left out: without the account there is no trait to file them under.
 */
export function winRateByTrait(
  accounts: readonly Account[],
  deals: readonly Deal[],
  trait: WinRateTrait,
): WinRateRow[] {
  const accountsById = new Map(accounts.map((account) => [account.id, account]));
  const tallies = new Map<string | null, Tally>();
  for (const deal of deals) {
    const account = accountsById.get(deal.accountId);
    if (!account) continue;
    const value = traitValue(account, trait);
    const tally = tallies.get(value) ?? { won: 0, lost: 0, open: 0, closeDays: [] };
    tally[deal.stage] += 1;
    if (deal.stage === 'won') tally.closeDays.push(daysToClose(deal));
    tallies.set(value, tally);
  }
  const rows = [...tallies].map(([value, { won, lost, open, closeDays }]): WinRateRow => {
    const closed = won + lost;
    const days = presentValues(closeDays);
    return {
      value,
      won,
      lost,
      open,
      closed,
      winRate: ratio(won, closed),
      medianDaysToClose: median(days),
      daysToCloseN: days.length,
      n: closed + open,
    };
  });
  return rows.sort(compareRows);
}

export interface HistoricBiasOptions {
  /** Share of all closed deals that makes one value dominant. */
  dominantShare: number;
  /** Closed deals another value needs before it can be compared with the dominant one. */
  minComparableDeals: number;
}

export const DEFAULT_HISTORIC_BIAS_OPTIONS: HistoricBiasOptions = {
  dominantShare: 0.6,
  minComparableDeals: 5,
};

/** Above this share of closed deals without a value, the trait's figures get a warning. */
export const UNKNOWN_WARNING_SHARE = 0.2;

/** What the trait's figures rest on: closed deals with a value, of all closed deals. */
export function knownBase(rows: readonly WinRateRow[]): { known: number; total: number } {
  let known = 0;
  let total = 0;
  for (const row of rows) {
    total += row.closed;
    if (row.value !== null) known += row.closed;
  }
  return { known, total };
}

export interface HistoricBiasWarning {
  trait: WinRateTrait;
  /** null: the warning is about the deals with no value for the trait. */
  value: string | null;
  /** The dominant value's share of all closed deals. */
  share: number;
  /** Closed deals of the largest other (known) value. */
  largestOther: number;
  message: string;
}

const TRAIT_WORDING: Record<
  WinRateTrait,
  { name: string; where: (value: string) => string; other: string; others: string }
> = {
  industry: {
    name: 'Industry',
    where: (v) => `in ${v}`,
    other: 'other industry',
    others: 'other industries',
  },
  region: {
    name: 'Region',
    where: (v) => `in ${v}`,
    other: 'other region',
    others: 'other regions',
  },
  continent: {
    name: 'Continent',
    where: (v) => `in ${v}`,
    other: 'other continent',
    others: 'other continents',
  },
  sizeBand: {
    name: 'Size band',
    where: (v) => `at companies with ${v} employees`,
    other: 'other size band',
    others: 'other size bands',
  },
  integrationsBand: {
    name: 'Integrations band',
    where: (v) => `at accounts with ${v} integrations`,
    other: 'other integrations band',
    others: 'other integrations bands',
  },
};

/** "Industry known for 34 of 726 closed deals" */
export function describeKnownBase(rows: readonly WinRateRow[], trait: WinRateTrait): string {
  const { known, total } = knownBase(rows);
  return `${TRAIT_WORDING[trait].name} known for ${known} of ${total} closed deals`;
}

/**
 * Deals with no value are a group of their own in the bias check: when most closed deals have
 * no industry, the win rates by industry describe a minority, whatever value leads among them.
 */
function unknownWarning(
  rows: readonly WinRateRow[],
  trait: WinRateTrait,
  totalClosed: number,
): HistoricBiasWarning | null {
  const unknown = rows.find((row) => row.value === null)?.closed ?? 0;
  const share = ratio(unknown, totalClosed);
  if (share === null || share <= UNKNOWN_WARNING_SHARE) return null;
  const known = totalClosed - unknown;
  const name = TRAIT_WORDING[trait].name;
  return {
    trait,
    value: null,
    share,
    largestOther: Math.max(0, ...rows.filter((r) => r.value !== null).map((r) => r.closed)),
    message:
      `${name} unknown for ${roundedPercent(share)}% of closed deals (${unknown} of ${totalClosed}); ` +
      `the figures rest on the ${known} with a value, which may not be like the rest.`,
  };
}

/**
 * A customer base mirrors where sales tried to sell (DOMAIN.md §1): when one value holds most
 * closed deals and no other value has enough to compare, a high win rate there is not yet proof.
 * Deals with no value for the trait count toward the total but are never "another value";
 * over UNKNOWN_WARNING_SHARE of them is a warning of its own, listed first.
 */
export function historicBiasWarnings(
  rows: readonly WinRateRow[],
  trait: WinRateTrait,
  options: HistoricBiasOptions = DEFAULT_HISTORIC_BIAS_OPTIONS,
): HistoricBiasWarning[] {
  const totalClosed = rows.reduce((sum, row) => sum + row.closed, 0);
  const wording = TRAIT_WORDING[trait];
  const unknown = unknownWarning(rows, trait, totalClosed);
  const warnings: HistoricBiasWarning[] = unknown ? [unknown] : [];
  for (const row of rows) {
    const share = ratio(row.closed, totalClosed);
    if (row.value === null || share === null || share < options.dominantShare) continue;
    const others = rows.filter((other) => other !== row && other.value !== null);
    const largestOther = Math.max(0, ...others.map((other) => other.closed));
    if (largestOther >= options.minComparableDeals) continue;
    const comparison =
      largestOther === 0
        ? `no ${wording.other} has closed deals to compare`
        : `${wording.others} have too few deals (largest: ${largestOther}) to compare`;
    warnings.push({
      trait,
      value: row.value,
      share,
      largestOther,
      message:
        `${roundedPercent(share)}% of closed deals are ${wording.where(row.value)}; ${comparison}. ` +
        'The base may mirror where sales tried to sell, not where we win.',
    });
  }
  return warnings;
}
