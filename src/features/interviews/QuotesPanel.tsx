import { useId } from 'react';
import type { Code } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';
import { plural } from '../../ui/format';
import { QuoteItem } from './QuoteItem';
import type { QuoteView } from './quoteViews';
import type { QuoteActions } from './useQuoteActions';

interface Props {
  quotes: readonly QuoteView[] | undefined;
  codes: readonly Code[];
  traits: readonly Trait[];
  /** The quote whose code picker is open; one at a time keeps the picker's label unique. */
  editingId: string | null;
  onEdit(id: string | null): void;
  actions: QuoteActions;
  onShow(view: QuoteView): void;
}

export function QuotesPanel({ quotes, codes, traits, editingId, onEdit, actions, onShow }: Props) {
  const id = useId();
  const detached = quotes?.filter((q) => !q.attached).length ?? 0;
  return (
    <section className="panel interview-quotes" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Quotes in this interview</h2>
      {quotes === undefined ? (
        <p role="status">Loading quotes…</p>
      ) : quotes.length === 0 ? (
        <p className="interview-quotes-empty">
          No quotes yet. Select text in the notes or the transcript and create a quote, or press a
          pinned code’s shortcut on a line of notes.
        </p>
      ) : (
        <>
          <p className="count">
            {plural(quotes.length, 'quote')}
            {detached > 0 && `, ${detached} detached`}
          </p>
          <ul className="interview-quote-list">
            {quotes.map((view) => (
              <QuoteItem
                key={view.highlight.id}
                view={view}
                codes={codes}
                traits={traits}
                editing={editingId === view.highlight.id}
                onEdit={(editing) => onEdit(editing ? view.highlight.id : null)}
                onAddCode={(code) => actions.addCode(view.highlight.id, code)}
                onRemoveCode={(code) => void actions.removeCode(view.highlight.id, code)}
                onCreateCode={actions.createCode}
                onSetTraits={(traitIds) => void actions.setTraits(view.highlight.id, traitIds)}
                onShow={() => onShow(view)}
                onDelete={() => void actions.remove(view)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
