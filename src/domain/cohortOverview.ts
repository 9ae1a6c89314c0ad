/**
 * The numbers shown beside each cohort (DOMAIN.md §4): medians, not means, because one
 * enterprise logo would otherwise speak for the whole cohort. Each median says how many
 * accounts it rests on, since CRM fields are often blank.
 */
import { tenureMonths } from './cohortRules';
import type { Account } from './schemas/account';
import { COHORTS, type Cohort } from './schemas/cohort';
import { type CountedStat, medianOfPresent, ratio } from './stats';

export type CohortKey = Cohort | 'unassigned';
export const COHORT_KEYS: readonly CohortKey[] = [...COHORTS, 'unassigned'];

export interface CohortProfile {
  cohort: CohortKey;
  count: number;
  arr: CountedStat;
  ltv: CountedStat;
  salesCycleDays: CountedStat;
  /** customerSince → churnedAt, or → today for current customers. */
  tenureMonths: CountedStat;
  nps: CountedStat;
  integrations: CountedStat;
}

/** One row per cohort and one for unassigned accounts, always all of them so the table keeps its shape. */
export function cohortProfiles(accounts: readonly Account[], today: string): CohortProfile[] {
  return COHORT_KEYS.map((cohort) => {
    const members = accounts.filter((account) => (account.cohort ?? 'unassigned') === cohort);
    const field = (read: (account: Account) => number | null) => medianOfPresent(members.map(read));
    return {
      cohort,
      count: members.length,
      arr: field((account) => account.arr),
      ltv: field((account) => account.ltv),
      salesCycleDays: field((account) => account.salesCycleDays),
      tenureMonths: field((account) => tenureMonths(account, today)),
      nps: field((account) => account.nps),
      integrations: field((account) => account.integrations),
    };
  });
}

export interface RetentionRow {
  /** "2024-Q1" */
  quarter: string;
  started: number;
  /** Started in this quarter and not churned. */
  retained: number;
  /** null for a quarter in which nobody started. */
  retentionRate: number | null;
}

function quarterIndex(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return year * 4 + Math.floor((month - 1) / 3);
}

function quarterLabel(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * Retention by the quarter customers started, oldest first. Quarters in between with no new
 * customers are kept as empty rows so a chart's time axis does not silently skip them.
 * Start dates after `today` (contracts booked ahead) are not counted yet.
 */
export function retentionByStartQuarter(
  accounts: readonly Account[],
  today: string,
): RetentionRow[] {
  const byQuarter = new Map<number, { started: number; retained: number }>();
  for (const account of accounts) {
    if (account.customerSince === null || account.customerSince > today) continue;
    const index = quarterIndex(account.customerSince);
    const row = byQuarter.get(index) ?? { started: 0, retained: 0 };
    row.started += 1;
    if (account.churnedAt === null) row.retained += 1;
    byQuarter.set(index, row);
  }
  if (byQuarter.size === 0) return [];
  const indices = [...byQuarter.keys()];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const rows: RetentionRow[] = [];
  for (let index = first; index <= last; index += 1) {
    const { started, retained } = byQuarter.get(index) ?? { started: 0, retained: 0 };
    rows.push({
      quarter: quarterLabel(index),
      started,
      retained,
      retentionRate: ratio(retained, started),
    });
  }
  return rows;
}
