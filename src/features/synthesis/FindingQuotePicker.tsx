import { useDeferredValue, useMemo, useState } from 'react';
import type { Finding } from '../../domain/schemas/finding';
import type { EvidenceQuote } from '../../domain/synthesis/evidenceQuotes';
import { Dialog } from '../../ui/Dialog';
import { formatCount } from '../../ui/format';
import { excerpt } from '../../domain/excerpt';
import { cohortLabel } from './synthesisFormat';

interface Props {
  finding: Finding;
  quotes: readonly EvidenceQuote[];
  onToggle(highlightId: string, linked: boolean): Promise<void>;
  onClose(): void;
}

/** A long list is cut short: past a page of matches the search is the faster way in. */
const SHOWN = 50;

function matches(quote: EvidenceQuote, query: string): boolean {
  if (query === '') return true;
  return [quote.text, quote.account.name, quote.speaker ?? ''].some((field) =>
    field.toLowerCase().includes(query),
  );
}

export function FindingQuotePicker({ finding, quotes, onToggle, onClose }: Props) {
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim().toLowerCase());
  const linked = useMemo(() => new Set(finding.highlightIds), [finding.highlightIds]);
  // Linked quotes lead, as they were when the picker opened: ticking one must not make it jump.
  const [linkedAtOpen] = useState(() => new Set(finding.highlightIds));
  const ordered = useMemo(
    () => [
      ...quotes.filter((quote) => linkedAtOpen.has(quote.highlight.id)),
      ...quotes.filter((quote) => !linkedAtOpen.has(quote.highlight.id)),
    ],
    [quotes, linkedAtOpen],
  );
  const found = useMemo(() => ordered.filter((quote) => matches(quote, query)), [ordered, query]);
  const shown = found.slice(0, SHOWN);
  return (
    <Dialog
      open
      wide
      title={`Link quotes to “${excerpt(finding.statement, 60)}”`}
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose}>
          Done
        </button>
      }
    >
      <label className="synthesis-search">
        Search quotes
        <input
          type="search"
          value={search}
          autoFocus
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      <p role="status">
        {formatCount(found.length)} matching quotes · {formatCount(linked.size)} linked
        {found.length > SHOWN && ` · showing the first ${SHOWN}; narrow the search to see others`}
      </p>
      <ul className="synthesis-pick-list">
        {shown.map((quote) => {
          const isLinked = linked.has(quote.highlight.id);
          return (
            <li key={quote.highlight.id}>
              <label>
                <input
                  type="checkbox"
                  checked={isLinked}
                  aria-label={`Link quote “${excerpt(quote.text)}” from ${quote.account.name}`}
                  onChange={(event) => void onToggle(quote.highlight.id, event.target.checked)}
                />
                <span>
                  <span className="synthesis-pick-text">{quote.text}</span>
                  <span className="synthesis-pick-meta">
                    {quote.account.name} · {cohortLabel(quote.cohort)} · {quote.interview.date}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
