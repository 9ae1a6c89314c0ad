interface Props {
  mine: string;
  theirs: string;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onKeepBoth(): void;
}

/** Both versions side by side, so the user decides; nothing is overwritten until they do. */
export function NotesConflictPanel({ mine, theirs, onKeepMine, onTakeTheirs, onKeepBoth }: Props) {
  return (
    <section role="alert" aria-label="Notes changed in another tab" className="notes-conflict">
      <h3>These notes were changed in another tab</h3>
      <p>Your edits are not saved yet. Choose which version to keep; nothing is lost until then.</p>
      <div className="notes-conflict-versions">
        <figure>
          <figcaption>Your version</figcaption>
          <pre>{mine}</pre>
        </figure>
        <figure>
          <figcaption>Other tab’s version</figcaption>
          <pre>{theirs}</pre>
        </figure>
      </div>
      <div className="form-actions">
        <button type="button" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Use the other tab’s version
        </button>
        <button type="button" className="primary" onClick={onKeepBoth}>
          Keep both
        </button>
      </div>
    </section>
  );
}
