import type { Code } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';
import { CodeOptions } from '../../ui/CodeOptions';
import { plural } from '../../ui/format';
import { Options } from '../../ui/Options';
import { namedOptions } from '../../ui/selectOptions';
import { BulkEditPicker } from './BulkEditPicker';
import type { BulkEdits } from './useBulkEdits';

interface Props {
  selectedCount: number;
  codes: readonly Code[];
  traits: readonly Trait[];
  edits: BulkEdits;
  onClear(): void;
}

export function QuotesBulkBar({ selectedCount, codes, traits, edits, onClear }: Props) {
  return (
    <div className="quotes-bulk" role="group" aria-label="Edit selected quotes">
      {/* Clear sits under the count it clears, so both pickers fit on one row beside them. */}
      <div className="quotes-selection">
        <p className="quotes-selected" aria-live="polite">
          {selectedCount === 0
            ? 'No quotes selected'
            : `${plural(selectedCount, 'quote')} selected`}
        </p>
        {selectedCount > 0 && (
          <button type="button" onClick={onClear}>
            Clear selection
          </button>
        )}
      </div>
      <BulkEditPicker
        noun="code"
        items={codes}
        options={<CodeOptions codes={codes} />}
        verbs={['Add', 'Remove']}
        selectedCount={selectedCount}
        onAdd={edits.addCode}
        onRemove={edits.removeCode}
      />
      <BulkEditPicker
        noun="trait"
        items={traits}
        options={<Options options={namedOptions(traits)} />}
        verbs={['Attach', 'Detach']}
        selectedCount={selectedCount}
        onAdd={edits.attachTrait}
        onRemove={edits.detachTrait}
      />
    </div>
  );
}
