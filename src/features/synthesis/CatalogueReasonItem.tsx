import { useId, useState } from 'react';
import {
  addSynonyms,
  removeSynonym,
  renameReason,
  setCategory,
  type CatalogueReason,
  type CatalogueResult,
  type ReasonCatalogue,
} from '../../domain/reasons/reasonCatalogue';
import { FAILURE_CATEGORIES, type FailureCategory } from '../../domain/schemas/deal';
import { CATEGORY_LABELS } from './FailureCategoryBlock';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

interface Props {
  reason: CatalogueReason;
  catalogue: ReasonCatalogue;
  /** Saves the next catalogue, or reports why it was refused. */
  apply: (result: CatalogueResult, done: string) => void;
}

const isCategory = (value: string): value is FailureCategory =>
  (FAILURE_CATEGORIES as readonly string[]).includes(value);

/** One catalogue reason: its name, its category and the spellings that mean it. */
export function CatalogueReasonItem({ reason, catalogue, apply }: Props) {
  const nameId = useId();
  const categoryId = useId();
  const spellingId = useId();
  const [name, setName] = useState(reason.name);
  const [spelling, setSpelling] = useState('');
  return (
    <li aria-label={reason.name} className="synthesis-catalogue-reason">
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          apply(renameReason(catalogue, reason.id, name), `Renamed to “${name.trim()}”.`);
        }}
      >
        <label htmlFor={nameId}>Name</label>
        <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={name.trim() === reason.name}>
          Rename
        </button>
        <label htmlFor={categoryId}>Category</label>
        <select
          id={categoryId}
          value={reason.category}
          onChange={(e) => {
            const next = e.target.value;
            if (!isCategory(next)) return;
            apply(
              { ok: true, catalogue: setCategory(catalogue, reason.id, next) },
              `“${reason.name}” is now a ${CATEGORY_LABELS[next].toLowerCase()} failure.`,
            );
          }}
        >
          <Options options={labelledOptions(FAILURE_CATEGORIES, CATEGORY_LABELS)} />
        </select>
      </form>
      <ul className="synthesis-inline-list" aria-label={`Synonyms of ${reason.name}`}>
        {reason.synonyms.map((synonym) => (
          <li key={synonym}>
            {synonym}{' '}
            <button
              type="button"
              aria-label={`Remove “${synonym}” from ${reason.name}`}
              onClick={() =>
                apply(
                  { ok: true, catalogue: removeSynonym(catalogue, reason.id, synonym) },
                  `“${synonym}” no longer counts as “${reason.name}”.`,
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          apply(
            addSynonyms(catalogue, reason.id, [spelling]),
            `“${spelling.trim()}” now counts as “${reason.name}”.`,
          );
          setSpelling('');
        }}
      >
        <label htmlFor={spellingId}>Add a synonym</label>
        <input id={spellingId} value={spelling} onChange={(e) => setSpelling(e.target.value)} />
        <button type="submit" disabled={spelling.trim() === ''}>
          Add
        </button>
      </form>
    </li>
  );
}
