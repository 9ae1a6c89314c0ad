/**
 * Numbers beside the themes (DOMAIN.md §4): a cohort's top codes next to its profile, and for
 * one code the accounts that cite it against the interviewed accounts that do not, so a pain
 * point can be read as "accounts citing it have 2.1× the median ARR".
 */
import type { CohortKey } from '../cohortOverview';
import type { Account } from '../schemas/account';
import type { Code, CodeKind } from '../schemas/code';
import type { Deal } from '../schemas/deal';
import { type CountedStat, medianOfPresent, ratio } from '../stats';
import type { EvidenceMatrix } from './evidenceMatrix';
import {
  compareCodes,
  forEachQuote,
  SMALL_SAMPLE,
  synthesisScope,
  type SynthesisFilters,
  type SynthesisInput,
} from './synthesisInput';

export interface TopCode {
  code: Code;
  accounts: number;
  share: number | null;
  quotes: number;
}

/** The n codes cited by the most accounts in the cohort; codes nobody cited are left out. */
export function cohortTopCodes(matrix: EvidenceMatrix, cohort: CohortKey, n: number): TopCode[] {
  return matrix.rows
    .filter((row) => row.cells[cohort].accounts > 0)
    .sort(
      (a, b) =>
        b.cells[cohort].accounts - a.cells[cohort].accounts ||
        b.totalAccounts - a.totalAccounts ||
        compareCodes(a.code, b.code),
    )
    .slice(0, Math.max(0, n))
    .map((row) => ({ code: row.code, ...row.cells[cohort] }));
}

export interface GroupNumbers {
  accounts: number;
  arr: CountedStat;
  salesCycleDays: CountedStat;
  nps: CountedStat;
  /** won / (won + lost) over the group's deals; open deals have not decided anything yet. */
  winRate: { value: number | null; won: number; closed: number };
}

export interface CodeComparison {
  code: Code;
  /** Interviewed accounts with at least one quote for the code. */
  citing: GroupNumbers;
  /** Interviewed accounts with none. */
  notCiting: GroupNumbers;
  /** Either group has fewer than 5 accounts: read the ratios as hints, not findings. */
  smallSample: boolean;
  /** One sentence per measure that can be compared, e.g. "… have 2.1× the median ARR". */
  statements: string[];
}

function groupNumbers(
  accounts: readonly Account[],
  dealsByAccount: ReadonlyMap<string, readonly Deal[]>,
): GroupNumbers {
  let won = 0;
  let closed = 0;
  for (const account of accounts) {
    for (const deal of dealsByAccount.get(account.id) ?? []) {
      if (deal.stage === 'open') continue;
      closed += 1;
      if (deal.stage === 'won') won += 1;
    }
  }
  return {
    accounts: accounts.length,
    arr: medianOfPresent(accounts.map((account) => account.arr)),
    salesCycleDays: medianOfPresent(accounts.map((account) => account.salesCycleDays)),
    nps: medianOfPresent(accounts.map((account) => account.nps)),
    winRate: { value: ratio(won, closed), won, closed },
  };
}

const SUBJECTS: Record<CodeKind, string> = {
  pain_point: 'accounts citing this pain',
  buying_trigger: 'accounts citing this trigger',
  decision_criterion: 'accounts citing this criterion',
  persona: 'accounts citing this role',
  channel: 'accounts citing this channel',
  competitor: 'accounts citing this alternative',
  outcome: 'accounts citing this outcome',
  favourite_aspect: 'accounts citing this favourite',
  expansion_signal: 'accounts citing this signal',
  failure_product: 'accounts citing this reason',
  failure_process: 'accounts citing this reason',
  failure_external: 'accounts citing this reason',
};

/**
 * "accounts citing this pain have 2.1× the median ARR", or null when there is nothing to
 * divide by: a missing value on either side, or a zero or negative baseline.
 */
export function describeRatio(
  withValue: number | null,
  withoutValue: number | null,
  label: string,
  subject = 'accounts citing this code',
): string | null {
  if (withValue === null || withoutValue === null || withoutValue <= 0 || withValue < 0) {
    return null;
  }
  return `${subject} have ${(withValue / withoutValue).toFixed(1)}× the ${label}`;
}

/** null when the code is not in the codebook or its kind is filtered out. */
export function codeComparison(
  input: SynthesisInput,
  codeId: string,
  filters: SynthesisFilters = {},
): CodeComparison | null {
  const scope = synthesisScope(input, filters);
  const code = scope.codesById.get(codeId);
  if (!code) return null;

  const citingIds = new Set<string>();
  forEachQuote(scope, (highlight, _interview, account) => {
    if (highlight.codeIds.includes(codeId)) citingIds.add(account.id);
  });
  const citing: Account[] = [];
  const notCiting: Account[] = [];
  for (const account of scope.accountList) {
    if (!scope.interviewedAccountIds.has(account.id)) continue;
    (citingIds.has(account.id) ? citing : notCiting).push(account);
  }

  const dealsByAccount = new Map<string, Deal[]>();
  for (const deal of input.deals) {
    const own = dealsByAccount.get(deal.accountId);
    if (own) own.push(deal);
    else dealsByAccount.set(deal.accountId, [deal]);
  }
  const withNumbers = groupNumbers(citing, dealsByAccount);
  const withoutNumbers = groupNumbers(notCiting, dealsByAccount);
  const subject = SUBJECTS[code.kind];
  const statements = [
    describeRatio(withNumbers.arr.value, withoutNumbers.arr.value, 'median ARR', subject),
    describeRatio(
      withNumbers.salesCycleDays.value,
      withoutNumbers.salesCycleDays.value,
      'median sales cycle',
      subject,
    ),
    describeRatio(withNumbers.nps.value, withoutNumbers.nps.value, 'median NPS', subject),
    describeRatio(withNumbers.winRate.value, withoutNumbers.winRate.value, 'win rate', subject),
  ].filter((statement): statement is string => statement !== null);

  return {
    code,
    citing: withNumbers,
    notCiting: withoutNumbers,
    smallSample: citing.length < SMALL_SAMPLE || notCiting.length < SMALL_SAMPLE,
    statements,
  };
}
