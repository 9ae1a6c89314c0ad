/**
 * The tour plan: per cohort, who to interview next. Candidates are the cohort's accounts with
 * no interview yet, held or scheduled. They rank by what a call would add (DOMAIN.md §3):
 *   1. traits the cohort has not been heard from yet (an industry, size band, region or
 *      integrations band no interviewed or scheduled account of the cohort has), the more the earlier;
 *   2. deal value: ARR, else open deals, else the deal that was lost;
 *   3. name, then id, so the order never depends on how the records were read.
 * Across cohorts (`next`), accounts of cohorts short of their target come first.
 */
import { accountInterviewsIn } from './interviewCoverage';
import { naturalKey } from '../accountsSort';
import { countryOfCode } from '../normalising/countries';
import type { Account } from '../schemas/account';
import { COHORT_LABELS, COHORTS, type Cohort } from '../schemas/cohort';
import type { Interview } from '../schemas/interview';
import { coverageGaps, type CohortCoverage } from '../synthesis/coverageGaps';
import { compareText, synthesisScope, type SynthesisInput } from '../synthesis/synthesisInput';
import { valuesOf, type TraitDimension } from '../synthesis/traitLift';

/** The trait-lift dimensions that have one value per account; a tech stack has dozens. */
export const PLAN_DIMENSIONS = [
  'industry',
  'sizeBand',
  'region',
  'integrationsBand',
] as const satisfies readonly TraitDimension[];
export type PlanDimension = (typeof PLAN_DIMENSIONS)[number];

export interface NewTrait {
  dimension: PlanDimension;
  value: string;
}

export interface DealValue {
  source: 'arr' | 'open_deals' | 'lost_deal';
  amount: number;
}

export interface PlanReason {
  /** 'gap' repeats the cohort's shortfall, so a list that mixes cohorts can say it. */
  kind: 'gap' | 'trait' | 'value';
  text: string;
}

export interface PlanCandidate {
  account: Account;
  cohort: Cohort;
  newTraits: NewTrait[];
  value: DealValue | null;
  reasons: PlanReason[];
}

export interface ScheduledCall {
  account: Account;
  interview: Interview;
}

export interface CohortPlan {
  cohort: Cohort;
  coverage: CohortCoverage;
  /** Accounts in the cohort, interviewed or not. */
  accounts: number;
  /** Calls on the calendar, soonest first. */
  scheduled: ScheduledCall[];
  /** Accounts with no interview yet, best first. */
  candidates: PlanCandidate[];
}

export interface TourPlan {
  cohorts: CohortPlan[];
  /** Every candidate of every cohort, best first. */
  next: PlanCandidate[];
  /** Accounts with no cohort: the plan cannot place them. */
  unassigned: number;
}

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

const VALUE_LABELS: Record<DealValue['source'], string> = {
  arr: 'ARR',
  open_deals: 'Open deals',
  lost_deal: 'Lost deal',
};

function traitText(trait: NewTrait, cohort: Cohort): string {
  const where = `heard yet in ${COHORT_LABELS[cohort]}`;
  switch (trait.dimension) {
    case 'industry':
      return `No ${trait.value} account ${where}`;
    case 'sizeBand':
      return `No ${trait.value} employee account ${where}`;
    case 'region':
      return `No account from ${countryOfCode(trait.value)?.name ?? trait.value} ${where}`;
    case 'integrationsBand':
      return trait.value === '0'
        ? `No account without integrations ${where}`
        : `No account with ${trait.value} integrations ${where}`;
  }
}

function gapText(coverage: CohortCoverage): string {
  const { interviewedAccounts, missing, target } = coverage;
  return `${COHORT_LABELS[coverage.cohort]}: ${interviewedAccounts} of ${target} heard, ${missing} more needed`;
}

interface DealTotals {
  open: number;
  largestLost: number;
}

function dealTotals(input: Pick<SynthesisInput, 'deals'>): Map<string, DealTotals> {
  const totals = new Map<string, DealTotals>();
  for (const deal of input.deals) {
    if (deal.amount === null || deal.amount <= 0) continue;
    const t = totals.get(deal.accountId) ?? { open: 0, largestLost: 0 };
    if (deal.stage === 'open') t.open += deal.amount;
    if (deal.stage === 'lost') t.largestLost = Math.max(t.largestLost, deal.amount);
    totals.set(deal.accountId, t);
  }
  return totals;
}

/** A customer is worth its ARR; a prospect its open deals, or the deal it was lost on. */
function dealValue(account: Account, totals: DealTotals | undefined): DealValue | null {
  if (account.arr !== null && account.arr > 0) return { source: 'arr', amount: account.arr };
  if (totals && totals.open > 0) return { source: 'open_deals', amount: totals.open };
  if (totals && totals.largestLost > 0) return { source: 'lost_deal', amount: totals.largestLost };
  return null;
}

const traitKey = (dimension: PlanDimension, value: string) => `${dimension}\u0000${value}`;

function heardTraits(accounts: readonly Account[]): Set<string> {
  const heard = new Set<string>();
  for (const account of accounts) {
    for (const dimension of PLAN_DIMENSIONS) {
      for (const value of valuesOf(account, dimension)) heard.add(traitKey(dimension, value));
    }
  }
  return heard;
}

/** Read once per account: a sort compares each name many times, and the key takes a regex. */
const nameKeys = new WeakMap<Account, string>();
function nameKey(account: Account): string {
  let key = nameKeys.get(account);
  if (key === undefined) {
    key = naturalKey(account.name);
    nameKeys.set(account, key);
  }
  return key;
}

function compareCandidates(a: PlanCandidate, b: PlanCandidate): number {
  return (
    b.newTraits.length - a.newTraits.length ||
    (b.value?.amount ?? -1) - (a.value?.amount ?? -1) ||
    compareText(nameKey(a.account), nameKey(b.account)) ||
    compareText(a.account.id, b.account.id)
  );
}

function compareScheduled(a: ScheduledCall, b: ScheduledCall): number {
  return (
    compareText(a.interview.date, b.interview.date) ||
    compareText(nameKey(a.account), nameKey(b.account)) ||
    compareText(a.interview.id, b.interview.id)
  );
}

/**
 * `input.highlights` need only hold the quotes of planned, empty interviews (see
 * accountInterviews); codes are not read.
 */
export function tourPlan(
  input: SynthesisInput,
  targets: Readonly<Record<Cohort, number>>,
): TourPlan {
  const report = coverageGaps(input, { targetPerCohort: targets });
  const scope = synthesisScope(input);
  const interviewsByAccount = accountInterviewsIn(scope);
  const totals = dealTotals(input);
  const { accountList: accounts, accountsById } = scope;

  const cohorts = COHORTS.map((cohort, index): CohortPlan => {
    const coverage = report.cohorts[index] as CohortCoverage;
    const inCohort = accounts.filter((a) => a.cohort === cohort);
    const touched = inCohort.filter((a) => interviewsByAccount.has(a.id));
    const heard = heardTraits(touched);
    const gap: PlanReason[] = coverage.met ? [] : [{ kind: 'gap', text: gapText(coverage) }];

    const candidates = inCohort
      .filter((a) => !interviewsByAccount.has(a.id))
      .map((account): PlanCandidate => {
        const newTraits = PLAN_DIMENSIONS.flatMap((dimension) =>
          valuesOf(account, dimension)
            .filter((value) => !heard.has(traitKey(dimension, value)))
            .map((value) => ({ dimension, value })),
        );
        const value = dealValue(account, totals.get(account.id));
        const reasons: PlanReason[] = [
          ...gap,
          ...newTraits.map((trait) => ({ kind: 'trait' as const, text: traitText(trait, cohort) })),
          ...(value
            ? [
                {
                  kind: 'value' as const,
                  text: `${VALUE_LABELS[value.source]} ${money.format(value.amount)}`,
                },
              ]
            : []),
        ];
        return { account, cohort, newTraits, value, reasons };
      })
      .sort(compareCandidates);

    const scheduled = scope.scheduledInterviews
      .flatMap((interview): ScheduledCall[] => {
        const account = accountsById.get(interview.accountId);
        return account?.cohort === cohort ? [{ account, interview }] : [];
      })
      .sort(compareScheduled);

    return { cohort, coverage, accounts: inCohort.length, scheduled, candidates };
  });

  const short = new Set(cohorts.filter((c) => !c.coverage.met).map((c) => c.cohort));
  const next = cohorts
    .flatMap((c) => c.candidates)
    .sort(
      (a, b) =>
        Number(short.has(b.cohort)) - Number(short.has(a.cohort)) || compareCandidates(a, b),
    );
  return { cohorts, next, unassigned: accounts.filter((a) => a.cohort === null).length };
}
