/**
 * Coverage gaps: which cohorts the tour has not heard enough of, and whether it heard from
 * accounts believed not to fit at all (DOMAIN.md §3: a non-fit interview can change your mind).
 *
 * The target counts distinct interviewed accounts, not interviews: a second call with the same
 * customer deepens one account's evidence but adds no account to count by.
 */
import { COHORT_LABELS, COHORTS, type Cohort } from '../schemas/cohort';
import { synthesisScope, type SynthesisFilters, type SynthesisInput } from './synthesisInput';

export const DEFAULT_INTERVIEW_TARGET = 5;

export interface CohortCoverage {
  cohort: Cohort;
  interviewedAccounts: number;
  interviews: number;
  /** Planned interviews with nothing in them yet. */
  scheduled: number;
  target: number;
  /** Accounts still to interview to reach the target. */
  missing: number;
  met: boolean;
  message: string;
}

export interface NonFitCoverage {
  /** Interviewed accounts by where they sit: churners, lost deals, no cohort. */
  churners: number;
  lostDeals: number;
  unassigned: number;
  covered: boolean;
  message: string;
}

export interface CoverageReport {
  /** The target when every cohort has the same one; null when they differ (each cohort has its own). */
  target: number | null;
  /** One entry per cohort, always all four. */
  cohorts: CohortCoverage[];
  nonFit: NonFitCoverage;
}

const count = (n: number, singular: string, plural = `${singular}s`) =>
  `${n} ${n === 1 ? singular : plural}`;

function cohortMessage(c: Omit<CohortCoverage, 'message'>): string {
  const label = COHORT_LABELS[c.cohort];
  const calls =
    c.interviews === c.interviewedAccounts ? '' : ` (${count(c.interviews, 'interview')})`;
  if (c.met) {
    return `${label}: ${count(c.interviewedAccounts, 'account')} interviewed${calls}, target ${c.target} met`;
  }
  const scheduled = c.scheduled === 0 ? '' : `, ${c.scheduled} scheduled`;
  return `${label}: ${c.interviewedAccounts} of ${c.target} accounts interviewed${calls}; ${c.missing} more needed${scheduled}`;
}

function nonFitMessage(n: Omit<NonFitCoverage, 'message' | 'covered'>): string {
  const parts = [
    n.churners > 0 ? count(n.churners, 'churner') : null,
    n.lostDeals > 0 ? count(n.lostDeals, 'lost deal') : null,
    n.unassigned > 0 ? `${count(n.unassigned, 'account')} without a cohort` : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0
    ? 'No account believed not to fit has been interviewed yet: add churners and lost deals to the tour'
    : `Accounts believed not to fit were interviewed too: ${parts.join(', ')}`;
}

/** One target for every cohort, or one per cohort (the workspace's tour targets). */
export type InterviewTargetOption = number | Readonly<Record<Cohort, number>>;

function targetsFrom(option: InterviewTargetOption): Record<Cohort, number> {
  const targets = Object.fromEntries(
    COHORTS.map((cohort) => [cohort, typeof option === 'number' ? option : option[cohort]]),
  ) as Record<Cohort, number>;
  for (const target of Object.values(targets)) {
    if (!Number.isInteger(target) || target < 1) {
      throw new RangeError(`The target must be a whole number ≥ 1, got ${target}.`);
    }
  }
  return targets;
}

export function coverageGaps(
  input: SynthesisInput,
  options: { targetPerCohort?: InterviewTargetOption } = {},
  filters: SynthesisFilters = {},
): CoverageReport {
  const targets = targetsFrom(options.targetPerCohort ?? DEFAULT_INTERVIEW_TARGET);
  const scope = synthesisScope(input, filters);
  const cohortOf = (accountId: string) => scope.accountsById.get(accountId)?.cohort ?? null;

  const interviews = new Map<Cohort | null, number>();
  const scheduled = new Map<Cohort | null, number>();
  const accounts = new Map<Cohort | null, number>();
  const bump = (map: Map<Cohort | null, number>, cohort: Cohort | null) =>
    map.set(cohort, (map.get(cohort) ?? 0) + 1);
  for (const interview of scope.interviews) bump(interviews, cohortOf(interview.accountId));
  for (const interview of scope.scheduledInterviews) bump(scheduled, cohortOf(interview.accountId));
  for (const accountId of scope.interviewedAccountIds) bump(accounts, cohortOf(accountId));

  const cohorts = COHORTS.map((cohort): CohortCoverage => {
    const interviewedAccounts = accounts.get(cohort) ?? 0;
    const target = targets[cohort];
    const coverage = {
      cohort,
      interviewedAccounts,
      interviews: interviews.get(cohort) ?? 0,
      scheduled: scheduled.get(cohort) ?? 0,
      target,
      missing: Math.max(0, target - interviewedAccounts),
      met: interviewedAccounts >= target,
    };
    return { ...coverage, message: cohortMessage(coverage) };
  });

  const nonFit = {
    churners: accounts.get('churner') ?? 0,
    lostDeals: accounts.get('lost_deal') ?? 0,
    unassigned: accounts.get(null) ?? 0,
  };
  const distinct = new Set(Object.values(targets));
  return {
    target: distinct.size === 1 ? ([...distinct][0] ?? null) : null,
    cohorts,
    nonFit: {
      ...nonFit,
      covered: nonFit.churners + nonFit.lostDeals + nonFit.unassigned > 0,
      message: nonFitMessage(nonFit),
    },
  };
}
