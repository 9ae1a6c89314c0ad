import { useId, useMemo, useState } from 'react';
import { MAX_GUIDE_PINS, pinAt } from '../../domain/guidePins';
import type { Code } from '../../domain/schemas/code';
import type { Guide } from '../../domain/schemas/guide';
import { CancelAndConfirm } from '../../ui/CancelAndConfirm';
import { CodeOptions } from '../../ui/CodeOptions';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { Field } from '../../ui/Field';
import { pinnedShortcutLabel } from './notesEditing';

interface Props {
  guide: Pick<Guide, 'name'>;
  codes: readonly Code[];
  /** The pins as the call uses them now, in key order. */
  pinned: readonly Code[];
  /** Rejects with the sentence to show; the dialog stays open with the list as edited. */
  onSave(codeIds: string[]): Promise<void>;
  onClose(): void;
}

/** Picks the guide's Alt+1…9 codes in order, from the call screen. */
export function GuidePinsDialog({ guide, codes, pinned, onSave, onClose }: Props) {
  const formId = useId();
  const [pins, setPins] = useState(() => pinned.map((c) => c.id));
  const [adding, setAdding] = useState('');
  const { busy, error, setError, submit } = useDialogSubmit(onClose);
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const taken = useMemo(() => new Set(pins), [pins]);
  const full = pins.length >= MAX_GUIDE_PINS;

  const move = (id: string, to: number) => {
    const moved = pinAt(pins, id, to);
    if (moved.ok) setPins(moved.pins);
  };

  const add = () => {
    if (!adding) return;
    const added = pinAt(pins, adding, pins.length);
    if (!added.ok) return setError(added.reason);
    setPins(added.pins);
    setAdding('');
    setError(null);
  };

  const save = () => {
    void submit(() => onSave(pins));
  };

  return (
    <Dialog
      open
      title={`Pins for “${guide.name}”`}
      onClose={onClose}
      actions={
        <CancelAndConfirm
          confirmLabel="Save pins"
          onCancel={onClose}
          form={formId}
          disabled={busy}
        />
      }
    >
      <p>
        Every call with this guide codes the current line with these keys. Up to {MAX_GUIDE_PINS},
        in key order.
      </p>
      {pins.length === 0 ? (
        <p className="pins-empty">No codes pinned: Alt+1…9 do nothing on this guide’s calls.</p>
      ) : (
        <ol className="pins-list" aria-label="Pinned codes, in key order">
          {pins.map((id, index) => {
            const name = byId.get(id)?.name ?? 'Deleted code';
            return (
              <li key={id}>
                <kbd>{pinnedShortcutLabel(index)}</kbd>
                <span className="notes-code" style={{ borderColor: byId.get(id)?.colour }}>
                  {name}
                </span>
                <span className="row-actions">
                  <button
                    type="button"
                    aria-label={`Move “${name}” up`}
                    disabled={index === 0}
                    onClick={() => move(id, index - 1)}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    aria-label={`Move “${name}” down`}
                    disabled={index === pins.length - 1}
                    onClick={() => move(id, index + 1)}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    aria-label={`Unpin “${name}”`}
                    onClick={() => setPins(pins.filter((p) => p !== id))}
                  >
                    Unpin
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {full ? (
          <p className="field-hint">All nine keys are taken: unpin one to pin another.</p>
        ) : (
          <div className="pins-add">
            <Field label={`Code for ${pinnedShortcutLabel(pins.length)}`}>
              <select value={adding} onChange={(e) => setAdding(e.target.value)}>
                <option value="">Pick a code…</option>
                <CodeOptions codes={codes} exclude={taken} />
              </select>
            </Field>
            <button type="button" disabled={!adding} onClick={add}>
              Pin
            </button>
          </div>
        )}
        <ErrorAlert message={error} />
      </form>
    </Dialog>
  );
}
