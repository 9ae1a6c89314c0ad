import { useState } from 'react';
import type { Code } from '../../domain/schemas/code';
import { plural } from '../../ui/format';
import { CodeOptions } from '../../ui/CodeOptions';

interface Props {
  selectedCount: number;
  codes: readonly Code[];
  onAdd(code: Code): Promise<void>;
  onRemove(code: Code): Promise<void>;
  onClear(): void;
}

export function QuotesBulkBar({ selectedCount, codes, onAdd, onRemove, onClear }: Props) {
  const [codeId, setCodeId] = useState('');
  const [busy, setBusy] = useState(false);
  const code = codes.find((c) => c.id === codeId);
  const disabled = busy || selectedCount === 0 || !code;
  const apply = async (write: (code: Code) => Promise<void>) => {
    if (!code) return;
    setBusy(true);
    try {
      await write(code);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="quotes-bulk" role="group" aria-label="Edit codes of selected quotes">
      <p className="quotes-selected" aria-live="polite">
        {selectedCount === 0 ? 'No quotes selected' : `${plural(selectedCount, 'quote')} selected`}
      </p>
      <label>
        <span>Code for selected quotes</span>
        <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
          <option value="">Pick a code…</option>
          <CodeOptions codes={codes} />
        </select>
      </label>
      <button type="button" disabled={disabled} onClick={() => void apply(onAdd)}>
        Add code
      </button>
      <button type="button" disabled={disabled} onClick={() => void apply(onRemove)}>
        Remove code
      </button>
      {selectedCount > 0 && (
        <button type="button" onClick={onClear}>
          Clear selection
        </button>
      )}
    </div>
  );
}
