import {
  addReason,
  addSynonyms,
  type CatalogueResult,
  type ReasonCatalogue,
} from '../../domain/reasons/reasonCatalogue';
import type { UnmatchedReason } from '../../domain/reasons/unmatchedReasons';
import { plural } from '../../ui/format';

interface Props {
  catalogue: ReasonCatalogue;
  unmatched: readonly UnmatchedReason[];
  /** Saves the next catalogue, or reports why it was refused. */
  apply: (result: CatalogueResult, done: string) => void;
}

/** Suggestions beyond these are rarely the one; the catalogue editor takes any spelling. */
const SUGGESTIONS = 3;

/**
 * Reasons the catalogue does not know, with "same as …?" for those whose words match one it
 * does. Nothing is merged until someone confirms: "Budget/timing" may not be "Timing / budget".
 */
export function ReasonMatches({ catalogue, unmatched, apply }: Props) {
  function confirm(reason: UnmatchedReason, targetId: string, targetName: string) {
    apply(
      addSynonyms(catalogue, targetId, reason.spellings),
      `“${reason.label}” now counts as “${targetName}”.`,
    );
  }

  function addNew(reason: UnmatchedReason) {
    const added = addReason(catalogue, reason.label, reason.category ?? 'process');
    const created = added.ok ? added.catalogue.reasons.at(-1) : undefined;
    apply(
      added.ok && created ? addSynonyms(added.catalogue, created.id, reason.spellings) : added,
      `“${reason.label}” is in the catalogue.`,
    );
  }

  return (
    <section aria-labelledby="synthesis-reason-matches" className="synthesis-reason-matches">
      <h4 id="synthesis-reason-matches">Reasons to match</h4>
      {unmatched.length === 0 ? (
        <p>Every failure reason is in the catalogue.</p>
      ) : (
        <ul>
          {unmatched.map((reason) => (
            <li key={reason.key} aria-label={reason.label}>
              <strong>{reason.label}</strong> ({plural(reason.accounts, 'account')}){' '}
              {reason.suggestions.slice(0, SUGGESTIONS).map((target) => (
                <button
                  key={target.id}
                  type="button"
                  onClick={() => confirm(reason, target.id, target.name)}
                >
                  Same as “{target.name}”?
                </button>
              ))}{' '}
              <button type="button" onClick={() => addNew(reason)}>
                New reason
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
