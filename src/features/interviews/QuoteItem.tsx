import { useEffect, useId, useRef } from 'react';
import type { Code, CodeKind } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';
import { CodePicker } from './CodePicker';
import type { QuoteView } from './quoteViews';
import { TraitPicker } from './TraitPicker';

interface Props {
  view: QuoteView;
  codes: readonly Code[];
  traits: readonly Trait[];
  editing: boolean;
  onEdit(editing: boolean): void;
  onAddCode(code: Code): Promise<void>;
  onRemoveCode(code: Code): void;
  onCreateCode(name: string, kind: CodeKind): Promise<Code>;
  onSetTraits(traitIds: string[]): void;
  onShow(): void;
  onDelete(): void;
}

export function QuoteItem({
  view,
  codes,
  traits,
  editing,
  onEdit,
  onAddCode,
  onRemoveCode,
  onCreateCode,
  onSetTraits,
  onShow,
  onDelete,
}: Props) {
  const id = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  const { highlight, attached } = view;
  // Closing the picker removes the focused element; focus goes back to what opened it, unless
  // it already moved on (to another quote's picker).
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasEditing.current && !editing && lost) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const fromNotes = highlight.anchor.source === 'notes';
  return (
    <li
      className={attached ? 'interview-quote' : 'interview-quote detached'}
      aria-labelledby={`${id}-text`}
    >
      <blockquote id={`${id}-text`}>{view.text}</blockquote>
      <p className="interview-quote-meta">
        {fromNotes ? 'Notes' : 'Transcript'}
        {highlight.speaker && ` · ${highlight.speaker}`}
        {!attached && <span className="interview-detached"> Detached</span>}
      </p>
      {!attached && (
        <p className="interview-detached-note">
          This text is no longer in the {fromNotes ? 'notes' : 'transcript'}. The quote keeps its
          original words and codes; put the text back and it re-attaches.
        </p>
      )}
      {view.codes.length > 0 ? (
        <ul className="code-chips" aria-label="Codes">
          {view.codes.map((code) => (
            <li key={code.id} style={{ borderColor: code.colour }}>
              {code.name}
              <button
                type="button"
                className="interview-chip-remove"
                aria-label={`Remove code ${code.name}`}
                onClick={() => onRemoveCode(code)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="interview-quote-uncoded">No codes yet.</p>
      )}
      {view.traits.length > 0 && (
        <ul className="code-chips interview-traits" aria-label="Traits">
          {view.traits.map((trait) => (
            <li key={trait.id}>{trait.name}</li>
          ))}
        </ul>
      )}
      <div className="interview-quote-actions">
        {!editing && (
          <button
            ref={editButton}
            type="button"
            aria-describedby={`${id}-text`}
            onClick={() => onEdit(true)}
          >
            Edit codes and traits
          </button>
        )}
        {attached && (
          <button type="button" aria-describedby={`${id}-text`} onClick={onShow}>
            Show in {fromNotes ? 'notes' : 'transcript'}
          </button>
        )}
        <button type="button" className="danger" aria-describedby={`${id}-text`} onClick={onDelete}>
          Delete quote
        </button>
      </div>
      {editing && (
        <div className="interview-quote-editor">
          <CodePicker
            codes={codes}
            assignedIds={highlight.codeIds}
            onPick={onAddCode}
            onCreate={onCreateCode}
            onClose={() => onEdit(false)}
            autoFocus
          />
          <TraitPicker traits={traits} selectedIds={highlight.traitIds} onChange={onSetTraits} />
        </div>
      )}
    </li>
  );
}
