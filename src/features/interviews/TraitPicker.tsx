import { useId, useState } from 'react';
import type { Trait } from '../../domain/schemas/trait';

interface Props {
  traits: readonly Trait[];
  selectedIds: readonly string[];
  onChange(traitIds: string[]): void;
}

const FILTER_FROM = 8;

/** Checkboxes over the ICP traits, with a filter once the list gets long. */
export function TraitPicker({ traits, selectedIds, onChange }: Props) {
  const filterId = useId();
  const [query, setQuery] = useState('');
  const q = query.trim().toLocaleLowerCase();
  const shown = q === '' ? traits : traits.filter((t) => t.name.toLocaleLowerCase().includes(q));
  const selected = new Set(selectedIds);
  return (
    <fieldset className="picker picker-traits">
      <legend>Traits</legend>
      {traits.length === 0 ? (
        <p className="picker-empty">No traits yet. Traits are defined on the ICP page.</p>
      ) : (
        <>
          {traits.length >= FILTER_FROM && (
            <div className="picker-filter">
              <label htmlFor={filterId}>Find a trait</label>
              <input
                id={filterId}
                value={query}
                autoComplete="off"
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
          )}
          <ul className="picker-checks">
            {shown.map((trait) => (
              <li key={trait.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.has(trait.id)}
                    onChange={(event) =>
                      onChange(
                        event.target.checked
                          ? [...selectedIds, trait.id]
                          : selectedIds.filter((id) => id !== trait.id),
                      )
                    }
                  />{' '}
                  {trait.name}
                </label>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p className="picker-empty">No trait matches “{query}”.</p>}
        </>
      )}
    </fieldset>
  );
}
