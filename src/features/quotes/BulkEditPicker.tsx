import { useState, type ReactNode } from 'react';

interface Named {
  id: string;
  name: string;
}

interface Props<T extends Named> {
  /** "code", "trait": names the group, the picker and its buttons. */
  noun: string;
  items: readonly T[];
  /** The picker's <option>s: codes come grouped by kind, traits by name. */
  options: ReactNode;
  /** The buttons' verbs: "Add" / "Remove" for codes, "Attach" / "Detach" for traits. */
  verbs: readonly [add: string, remove: string];
  selectedCount: number;
  onAdd(item: T): Promise<void>;
  onRemove(item: T): Promise<void>;
}

/** Picks one code or trait and adds it to, or takes it off, the selected quotes. */
export function BulkEditPicker<T extends Named>({
  noun,
  items,
  options,
  verbs: [add, remove],
  selectedCount,
  onAdd,
  onRemove,
}: Props<T>) {
  const [itemId, setItemId] = useState('');
  const [busy, setBusy] = useState(false);
  const item = items.find((i) => i.id === itemId);
  const disabled = busy || selectedCount === 0 || !item;
  const apply = async (write: (item: T) => Promise<void>) => {
    if (!item) return;
    setBusy(true);
    try {
      await write(item);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="quotes-bulk-edit" role="group" aria-label={`Edit ${noun}s of selected quotes`}>
      <label>
        <span>{noun.charAt(0).toUpperCase() + noun.slice(1)} for selected quotes</span>
        <select
          value={itemId}
          onChange={(e) => setItemId(e.target.value)}
          disabled={items.length === 0}
        >
          <option value="">{items.length === 0 ? `No ${noun}s yet` : `Pick a ${noun}…`}</option>
          {options}
        </select>
      </label>
      <button type="button" disabled={disabled} onClick={() => void apply(onAdd)}>
        {add} {noun}
      </button>
      <button type="button" disabled={disabled} onClick={() => void apply(onRemove)}>
        {remove} {noun}
      </button>
    </div>
  );
}
