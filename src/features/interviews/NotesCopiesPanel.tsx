import type { NotesCopyChoice } from '../../domain/notesWrite';
import type { NotesCopy } from '../../domain/schemas/interview';
import { formatDateTime } from '../../ui/format';

interface Props {
  notes: string;
  copies: readonly NotesCopy[];
  /** The copy this editor is writing to, if any: shown with what is being typed now. */
  ownCopy: { id: string; text: string } | null;
  onResolve(copyId: string, choice: NotesCopyChoice): void;
}

/**
 * Versions of the notes that collided with them, each beside the notes, so the user decides.
 * Nothing is dropped until they do, and a choice can be undone.
 */
export function NotesCopiesPanel({ notes, copies, ownCopy, onResolve }: Props) {
  if (copies.length === 0) return null;
  return (
    <section aria-labelledby="notes-copies-title" className="notes-conflict">
      <div role="alert">
        <h2 id="notes-copies-title">
          {copies.length === 1
            ? 'Two versions of these notes were kept'
            : `${copies.length + 1} versions of these notes were kept`}
        </h2>
        <p>
          These notes were changed in two places at once (another tab or window). Both versions are
          saved. Choose which to keep, or merge them; you can undo the choice.
        </p>
      </div>
      {copies.map((copy) => {
        const mine = ownCopy?.id === copy.id;
        const text = mine ? ownCopy.text : copy.text;
        const label = mine
          ? 'Your version, typed here (saved separately)'
          : `Version kept from another tab, saved ${formatDateTime(copy.savedAt)}`;
        return (
          <div key={copy.id} role="group" aria-label={label} className="notes-copy">
            <div className="notes-conflict-versions">
              <figure>
                <figcaption>The notes</figcaption>
                <pre>{notes}</pre>
              </figure>
              <figure>
                <figcaption>{label}</figcaption>
                <pre>{text}</pre>
              </figure>
            </div>
            <div className="form-actions">
              <button type="button" onClick={() => onResolve(copy.id, 'keep-notes')}>
                Keep the notes
              </button>
              <button type="button" onClick={() => onResolve(copy.id, 'use-copy')}>
                Use this version
              </button>
              <button type="button" className="primary" onClick={() => onResolve(copy.id, 'merge')}>
                Merge both
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
