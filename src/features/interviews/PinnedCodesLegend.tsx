import { Link } from 'react-router';
import type { Code } from '../../domain/schemas/code';
import { CODE_SHORTCUT_LABEL, pinnedShortcutLabel, QUOTE_SHORTCUT_LABEL } from './notesEditing';

/** The shortcuts, always in view during a call: nobody remembers which digit is which code. */
export function PinnedCodesLegend({ pinned, hintId }: { pinned: readonly Code[]; hintId: string }) {
  return (
    <section className="notes-legend" aria-labelledby="pinned-codes-heading">
      <h2 id="pinned-codes-heading">Pinned codes</h2>
      {pinned.length === 0 ? (
        <p>
          No pinned codes yet. Pin up to nine in the <Link to="/codebook">Codebook</Link> to code
          with Alt+1…9.
        </p>
      ) : (
        <ul className="notes-shortcuts">
          {pinned.map((code, index) => (
            <li key={code.id}>
              <kbd>{pinnedShortcutLabel(index)}</kbd>{' '}
              <span className="notes-code" style={{ borderColor: code.colour }}>
                {code.name}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p id={hintId} className="notes-hint">
        A shortcut codes the selected text, or the current line when nothing is selected.{' '}
        <kbd>{QUOTE_SHORTCUT_LABEL}</kbd> makes a quote to code later, and{' '}
        <kbd>{CODE_SHORTCUT_LABEL}</kbd> opens its codes (<kbd>Escape</kbd> comes back). During a
        call, <kbd>Enter</kbd> starts a new line stamped with the elapsed time.
      </p>
    </section>
  );
}
