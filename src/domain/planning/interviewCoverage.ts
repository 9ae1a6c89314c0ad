/**
 * Interview coverage per account: how many calls took place, how many are only on the
 * calendar, and when the last one was. "Took place" is the synthesis rule (synthesisScope):
 * an interview planned and still empty is scheduled, so an account counts as interviewed in
 * the accounts table exactly when it counts in Synthesis.
 */
import {
  mayBeScheduled,
  quotedAmong,
  type SynthesisInput,
  type SynthesisScope,
} from '../synthesis/synthesisInput';

export interface AccountInterviews {
  /** Interviews that took place. */
  held: number;
  /** Calls planned with nothing in them yet. */
  scheduled: number;
  /** YYYY-MM-DD of the latest interview that took place. */
  lastHeld: string | null;
  /** YYYY-MM-DD of the earliest scheduled call. */
  nextScheduled: string | null;
}

export const NOT_INTERVIEWED: AccountInterviews = {
  held: 0,
  scheduled: 0,
  lastHeld: null,
  nextScheduled: null,
};

export type InterviewedFilter = '' | 'not_yet' | 'yes';

/** Whether an account passes the accounts table's "Interviewed" filter ('' lets every account through). */
export function passesInterviewedFilter(
  coverage: AccountInterviews | undefined,
  filter: InterviewedFilter,
): boolean {
  if (filter === '') return true;
  const held = (coverage?.held ?? 0) > 0;
  return filter === 'yes' ? held : !held;
}

/**
 * Accounts with no interview at all are left out of the map (read them as NOT_INTERVIEWED).
 * `highlights` need only be the quotes of planned, empty interviews: a quote is what marks
 * such an interview as held (its notes were cleared after quoting).
 */
export function accountInterviews(
  input: Pick<SynthesisInput, 'accounts' | 'interviews' | 'highlights'>,
): Map<string, AccountInterviews> {
  // The same split as synthesisScope's, without building its indexes over every account: the
  // accounts table recounts after each edit, and at 50,000 accounts those cost 24 ms.
  const known = new Set(input.accounts.map((account) => account.id));
  const interviews = input.interviews.filter((interview) => known.has(interview.accountId));
  const maybeScheduled = interviews.filter(mayBeScheduled);
  const quoted = quotedAmong(maybeScheduled, input.highlights);
  return accountInterviewsIn({
    interviews: interviews.filter(
      (interview) => !mayBeScheduled(interview) || quoted.has(interview.id),
    ),
    scheduledInterviews: maybeScheduled.filter((interview) => !quoted.has(interview.id)),
  });
}

/** The same, from a scope already built (with no filters, or the counts follow them). */
export function accountInterviewsIn(
  scope: Pick<SynthesisScope, 'interviews' | 'scheduledInterviews'>,
): Map<string, AccountInterviews> {
  const byAccount = new Map<string, AccountInterviews>();
  const entry = (accountId: string) => {
    let coverage = byAccount.get(accountId);
    if (!coverage) {
      coverage = { ...NOT_INTERVIEWED };
      byAccount.set(accountId, coverage);
    }
    return coverage;
  };
  for (const interview of scope.interviews) {
    const coverage = entry(interview.accountId);
    coverage.held += 1;
    if (coverage.lastHeld === null || interview.date > coverage.lastHeld) {
      coverage.lastHeld = interview.date;
    }
  }
  for (const interview of scope.scheduledInterviews) {
    const coverage = entry(interview.accountId);
    coverage.scheduled += 1;
    if (coverage.nextScheduled === null || interview.date < coverage.nextScheduled) {
      coverage.nextScheduled = interview.date;
    }
  }
  return byAccount;
}
