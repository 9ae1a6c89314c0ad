import { useId, useState } from 'react';
import type { Finding } from '../../domain/schemas/finding';
import { excerpt } from '../../domain/excerpt';

interface Props {
  findings: readonly Finding[];
  highlightId: string;
  onLink(findingId: string): Promise<void>;
}

export function LinkQuoteControl({ findings, highlightId, onLink }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const findingId = chosen || (findings[findings.length - 1]?.id ?? '');
  const finding = findings.find((f) => f.id === findingId);
  if (findings.length === 0) return null;
  const linked = finding?.highlightIds.includes(highlightId) ?? false;
  return (
    <div className="synthesis-link-quote">
      <label htmlFor={id}>Link to finding</label>
      <select id={id} value={findingId} onChange={(event) => setChosen(event.target.value)}>
        {findings.map((f) => (
          <option key={f.id} value={f.id}>
            {excerpt(f.statement, 60)}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={busy || linked || !finding}
        onClick={() => {
          setBusy(true);
          void onLink(findingId).finally(() => setBusy(false));
        }}
      >
        {linked ? 'Linked' : 'Link quote'}
      </button>
    </div>
  );
}
