import type { Code } from '../../domain/schemas/code';
import type { Guide } from '../../domain/schemas/guide';
import { GuidePinsButton } from './GuidePinsButton';
import { CODE_SHORTCUT_LABEL, pinnedShortcutLabel, QUOTE_SHORTCUT_LABEL } from './notesEditing';

interface Props {
  pinned: readonly Code[];
  hintId: string;
  /** Whose pins these are; without a guide they are the codebook's and cannot be set here. */
  guide: Guide | undefined;
  codes: readonly Code[];
}

/** The shortcuts, always in view during a call: nobody remembers which digit is which code. */
export function PinnedCodesLegend({ pinned, hintId, guide, codes }: Props) {
  return (
    <section className="notes-legend" aria-labelledby="pinned-codes-heading">
      <div className="notes-legend-head">
        <h2 id="pinned-codes-heading">Pinned codes</h2>
        {guide && <GuidePinsButton guide={guide} codes={codes} pinned={pinned} />}
      </div>
      <p className="notes-hint">
        {guide
          ? `Pinned for “${guide.name}”.`
          : 'This interview has no guide, so these are the codebook’s default pins.'}
      </p>
      {pinned.length === 0 ? (
        <p>
          No pinned codes yet.{' '}
          {guide ? 'Pins… picks up to nine, to code with Alt+1…9.' : 'Pick a guide to pin codes.'}
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
