/**
 * What stands behind a finding the team wrote: its quotes, and the distinct accounts and
 * cohorts they come from, so "churners want X" visibly rests on 1 account or on 6. Findings are
 * judged on all their evidence, so the synthesis filters do not apply here.
 */
import { COHORT_KEYS, type CohortKey } from '../cohortOverview';
import { COHORT_LABELS } from '../schemas/cohort';
import type { Finding } from '../schemas/finding';
import { compareEvidenceQuotes, evidenceQuote, type EvidenceQuote } from './evidenceQuotes';
import { compareText, type SynthesisInput } from './synthesisInput';

export interface FindingEvidence {
  quotes: EvidenceQuote[];
  distinctAccounts: number;
  /** Distinct accounts per cohort, every key present. */
  cohorts: Record<CohortKey, number>;
  /** Linked quotes that were deleted, or whose interview or account was. */
  missingHighlightIds: string[];
  /** "5 quotes from 3 accounts: Power users 2, Churners 1" */
  summary: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function findingEvidence(
  finding: Pick<Finding, 'highlightIds'>,
  input: Pick<SynthesisInput, 'accounts' | 'interviews' | 'highlights'>,
): FindingEvidence {
  const wanted = new Set(finding.highlightIds);
  const highlights = new Map(
    input.highlights.filter((h) => wanted.has(h.id)).map((h) => [h.id, h] as const),
  );
  const interviews = new Map(input.interviews.map((interview) => [interview.id, interview]));
  const accounts = new Map(input.accounts.map((account) => [account.id, account]));

  const quotes: EvidenceQuote[] = [];
  const missingHighlightIds: string[] = [];
  for (const id of wanted) {
    const highlight = highlights.get(id);
    const interview = highlight && interviews.get(highlight.interviewId);
    const account = interview && accounts.get(interview.accountId);
    if (highlight && interview && account)
      quotes.push(evidenceQuote(highlight, interview, account));
    else missingHighlightIds.push(id);
  }
  quotes.sort(compareEvidenceQuotes);
  missingHighlightIds.sort(compareText);

  const accountCohorts = new Map(quotes.map((quote) => [quote.account.id, quote.cohort]));
  const cohorts = Object.fromEntries(COHORT_KEYS.map((key) => [key, 0])) as Record<
    CohortKey,
    number
  >;
  for (const cohort of accountCohorts.values()) cohorts[cohort] += 1;

  const byCohort = COHORT_KEYS.filter((key) => cohorts[key] > 0)
    .map((key) => `${key === 'unassigned' ? 'No cohort' : COHORT_LABELS[key]} ${cohorts[key]}`)
    .join(', ');
  const summary = `${plural(quotes.length, 'quote')} from ${plural(accountCohorts.size, 'account')}${byCohort === '' ? '' : `: ${byCohort}`}`;

  return {
    quotes,
    distinctAccounts: accountCohorts.size,
    cohorts,
    missingHighlightIds,
    summary,
  };
}
