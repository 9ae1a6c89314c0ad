import { useId } from 'react';
import type { DuplicateDecision } from '../../../import/csv/duplicates';
import { formatCount, plural } from '../../../ui/format';
import type { ImportReview } from './checkRows';
import type { ImportChoices } from './importState';

interface Props {
  review: ImportReview;
  choices: ImportChoices;
  onDecide(key: string, decision: DuplicateDecision): void;
  onDecideAll(decision: DuplicateDecision): void;
}

interface GroupView {
  key: string;
  title: string;
  detail: string;
  skip: string;
  update: string;
}

/** Beyond this the list is a wall; the rest follow “Update all” / “Skip all”. */
const SHOWN = 100;

function rowList(rows: readonly number[]): string {
  const numbers = rows.map(formatCount);
  const last = numbers.pop();
  return numbers.length === 0 ? `row ${last}` : `rows ${numbers.join(', ')} and ${last}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function groupViews(review: ImportReview): GroupView[] {
  if (review.kind === 'accounts') {
    return review.duplicates.map((g) => {
      const first = g.rows[0] ?? 0;
      const last = g.rows[g.rows.length - 1] ?? 0;
      const how = g.matchedBy === 'domain' ? `same domain ${g.domain ?? ''}` : 'same name';
      return g.existing
        ? {
            key: g.key,
            title: g.existing.name,
            detail: `Already in this workspace (${how}); the file has it in ${rowList(g.rows)}.`,
            skip: 'Skip: keep the stored account as it is',
            update: `Update the stored account from row ${last}`,
          }
        : {
            key: g.key,
            title: g.name,
            detail: `${capitalised(rowList(g.rows))} of the file are one company (${how}).`,
            skip: `Skip: import row ${first}, skip the others`,
            update: `Update: import row ${last}, the last one, skip the others`,
          };
    });
  }
  return review.duplicates.map((g) => {
    const first = g.rows[0] ?? 0;
    const last = g.rows[g.rows.length - 1] ?? 0;
    return g.existing
      ? {
          key: g.key,
          title: g.label,
          detail: `Already in this workspace; the file has it in ${rowList(g.rows)}.`,
          skip: 'Skip: keep the stored deal as it is',
          update: `Update the stored deal from row ${last}`,
        }
      : {
          key: g.key,
          title: g.label,
          detail: `${capitalised(rowList(g.rows))} of the file are one deal.`,
          skip: `Skip: import row ${first}, skip the others`,
          update: `Update: import row ${last}, the last one, skip the others`,
        };
  });
}

export function ImportDuplicates({ review, choices, onDecide, onDecideAll }: Props) {
  const id = useId();
  const groups = groupViews(review);
  const what = review.kind === 'accounts' ? 'account' : 'deal';
  const hidden = groups.length - SHOWN;
  return (
    <section className="import-section" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Duplicates: {plural(groups.length, 'group')}</h4>
      <p>
        Rows that are the same {what} as another row or as one already stored. Nothing is created
        twice: choose for each whether the file updates it or is skipped.
      </p>
      <div className="import-bulk-actions">
        <button type="button" onClick={() => onDecideAll('update')}>
          Update all
        </button>
        <button type="button" onClick={() => onDecideAll('skip')}>
          Skip all
        </button>
      </div>
      <ul className="import-duplicates">
        {groups.slice(0, SHOWN).map((group, index) => {
          const decision = choices.duplicates.get(group.key) ?? choices.allDuplicates;
          const name = `${id}-group-${index}`;
          return (
            <li key={group.key}>
              <fieldset>
                <legend>{group.title}</legend>
                <p className="import-duplicate-detail">{group.detail}</p>
                <label>
                  <input
                    type="radio"
                    name={name}
                    checked={decision === 'skip'}
                    onChange={() => onDecide(group.key, 'skip')}
                  />
                  {group.skip}
                </label>
                <label>
                  <input
                    type="radio"
                    name={name}
                    checked={decision === 'update'}
                    onChange={() => onDecide(group.key, 'update')}
                  />
                  {group.update}
                </label>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <p>
          {plural(hidden, 'more group')} not shown: they follow “Update all” or “Skip all” (now{' '}
          {choices.allDuplicates === 'update' ? 'update' : 'skip'}).
        </p>
      )}
    </section>
  );
}
