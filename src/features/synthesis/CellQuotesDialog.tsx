import type { Finding } from '../../domain/schemas/finding';
import type { EvidenceQuote } from '../../domain/synthesis/evidenceQuotes';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../../ui/format';
import { EvidenceQuoteItem } from './EvidenceQuoteItem';
import { LinkQuoteControl } from './LinkQuoteControl';

interface Props {
  title: string;
  quotes: readonly EvidenceQuote[];
  findings: readonly Finding[];
  onLink(findingId: string, highlightId: string): Promise<void>;
  onClose(): void;
}

export function CellQuotesDialog({ title, quotes, findings, onLink, onClose }: Props) {
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
        {findings.length === 0 &&
          ' Write a finding in the Findings section to link these quotes to it.'}
      </p>
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
