import type { FindingTarget } from '../../commands/findingCommands';
import type { Cohort } from '../../domain/schemas/cohort';
import type { Finding } from '../../domain/schemas/finding';
import type { EvidenceQuote } from '../../domain/synthesis/evidenceQuotes';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../../ui/format';
import { EvidenceQuoteItem } from './EvidenceQuoteItem';
import { LinkAllToFinding } from './LinkAllToFinding';
import { LinkQuoteControl } from './LinkQuoteControl';

interface Props {
  title: string;
  quotes: readonly EvidenceQuote[];
  findings: readonly Finding[];
  /** The cell's cohort, proposed for a finding written from it. */
  cohort: Cohort | null;
  onLink(findingId: string, highlightId: string): Promise<void>;
  onLinkAll(to: FindingTarget): Promise<void>;
  onClose(): void;
}

export function CellQuotesDialog({
  title,
  quotes,
  findings,
  cohort,
  onLink,
  onLinkAll,
  onClose,
}: Props) {
  const accounts = new Set(quotes.map((quote) => quote.account.id)).size;
  return (
    <Dialog
      open
      wide
      title={title}
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
      <p>
        {plural(quotes.length, 'quote')} from {plural(accounts, 'account')}.
      </p>
      {quotes.length > 0 && (
        <LinkAllToFinding
          quoteCount={quotes.length}
          findings={findings}
          cohort={cohort}
          onLink={onLinkAll}
        />
      )}
      <ul className="quote-list synthesis-quote-list">
        {quotes.map((quote) => (
          <EvidenceQuoteItem key={quote.highlight.id} quote={quote}>
            <LinkQuoteControl
              findings={findings}
              highlightId={quote.highlight.id}
              onLink={(findingId) => onLink(findingId, quote.highlight.id)}
            />
          </EvidenceQuoteItem>
        ))}
      </ul>
    </Dialog>
  );
}
