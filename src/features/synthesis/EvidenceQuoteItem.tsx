import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { EvidenceQuote } from '../../domain/synthesis/evidenceQuotes';
import { CohortBadge } from '../../ui/CohortBadge';
import { accountHref, interviewHref } from './synthesisFormat';

interface Props {
  quote: EvidenceQuote;
  /** Controls for this quote, such as linking it to a finding. */
  children?: ReactNode;
}

export function EvidenceQuoteItem({ quote, children }: Props) {
  return (
    <li className="quote synthesis-quote">
      <blockquote>{quote.text}</blockquote>
      <p className="quote-meta">
        {quote.speaker ?? 'Speaker not recorded'} ·{' '}
        <Link to={accountHref(quote.account.id)}>{quote.account.name}</Link>{' '}
        <CohortBadge cohort={quote.account.cohort} /> ·{' '}
        <Link to={interviewHref(quote.interview.id, quote.highlight.id)}>
          Interview of {quote.interview.date}
        </Link>
      </p>
      {children}
    </li>
  );
}
