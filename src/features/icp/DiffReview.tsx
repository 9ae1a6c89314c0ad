import { useId, useState, type KeyboardEvent } from 'react';

interface Props {
  changes: readonly string[];
  onClose(): void;
}

/**
 * Walks the changes one at a time, so a reviewer confirms each instead of skimming a list.
 * The arrow keys step too once focus is inside. At either end a button is aria-disabled, not
 * disabled, so focus stays on it instead of falling back to the page.
 */
export function DiffReview({ changes, onClose }: Props) {
  const headingId = useId();
  const [index, setIndex] = useState(0);
  const last = changes.length - 1;
  const at = Math.min(index, last);
  const step = (by: number) => setIndex(Math.max(0, Math.min(last, at + by)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') step(1);
    else if (event.key === 'ArrowLeft') step(-1);
    else return;
    event.preventDefault();
  };
  return (
    <div role="group" aria-labelledby={headingId} className="icp-diff-review" onKeyDown={onKeyDown}>
      <h3 id={headingId} aria-live="polite">
        Change {at + 1} of {changes.length}
      </h3>
      <p className="icp-diff-review-change">{changes[at]}</p>
      <div className="form-actions">
        <button type="button" onClick={() => step(-1)} aria-disabled={at === 0}>
          Previous
        </button>
        <button type="button" onClick={() => step(1)} aria-disabled={at === last}>
          Next
        </button>
        <button type="button" onClick={onClose}>
          End review
        </button>
      </div>
    </div>
  );
}
