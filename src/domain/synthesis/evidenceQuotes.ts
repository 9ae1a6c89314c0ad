/**
 * A quote as the evidence lists show it: the words, who said them, and the account and
 * interview to link to, in one stable order wherever quotes are listed.
 */
import type { CohortKey } from '../cohortOverview';
import type { Account } from '../schemas/account';
import type { Highlight } from '../schemas/highlight';
import type { Interview } from '../schemas/interview';
import { cohortKeyOf, compareText } from './synthesisInput';

export interface EvidenceQuote {
  highlight: Highlight;
  text: string;
  speaker: string | null;
  account: Account;
  cohort: CohortKey;
  /** The interview the quote links to. */
  interview: Interview;
}

export function evidenceQuote(
  highlight: Highlight,
  interview: Interview,
  account: Account,
): EvidenceQuote {
  return {
    highlight,
    text: highlight.anchor.exact,
    speaker: highlight.speaker,
    account,
    cohort: cohortKeyOf(account),
    interview,
  };
}

/** Oldest interview first, then as the quotes run through it, so a list reads like the tour. */
export function compareEvidenceQuotes(a: EvidenceQuote, b: EvidenceQuote): number {
  return (
    compareText(a.interview.date, b.interview.date) ||
    compareText(a.interview.id, b.interview.id) ||
    compareText(a.highlight.anchor.source, b.highlight.anchor.source) ||
    a.highlight.anchor.start - b.highlight.anchor.start ||
    compareText(a.highlight.id, b.highlight.id)
  );
}
