import { useState } from 'react';
import { FAILURE_CATEGORIES, type FailureCategory } from '../../../domain/schemas/deal';
import type { LossRule } from '../../../import/csv/lossReasonRules';
import { Field } from '../../../ui/Field';
import { CATEGORY_LABELS, keywordsText, parseKeywords } from './importLabels';

interface Props {
  rules: readonly LossRule[];
  onApply(rules: LossRule[]): void;
}

type Drafts = Record<FailureCategory, string>;

const draftsOf = (rules: readonly LossRule[]): Drafts => ({
  product: keywordsText(rules, 'product'),
  process: keywordsText(rules, 'process'),
  external: keywordsText(rules, 'external'),
});

export function ImportLossRules({ rules, onApply }: Props) {
  const [drafts, setDrafts] = useState(() => draftsOf(rules));
  const edited = FAILURE_CATEGORIES.some((c) => drafts[c] !== draftsOf(rules)[c]);
  return (
    <details className="import-section import-rules">
      <summary>Loss reason rules</summary>
      <p>
        A lost deal’s reason gets the category of the first keyword it contains (whole words, any
        case, plurals too), checked product first, then process, then external. Saved for the next
        import once you import.
      </p>
      <div className="import-rules-grid">
        {FAILURE_CATEGORIES.map((category) => (
          <Field
            key={category}
            label={`${CATEGORY_LABELS[category]} keywords`}
            hint="One keyword or phrase per line."
          >
            <textarea
              rows={6}
              value={drafts[category]}
              onChange={(event) => setDrafts({ ...drafts, [category]: event.target.value })}
            />
          </Field>
        ))}
      </div>
      <button
        type="button"
        disabled={!edited}
        onClick={() =>
          onApply(
            FAILURE_CATEGORIES.flatMap((category) => parseKeywords(drafts[category], category)),
          )
        }
      >
        Apply rules
      </button>
    </details>
  );
}
