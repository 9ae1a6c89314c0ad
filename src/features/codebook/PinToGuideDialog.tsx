import { useId, useMemo, useState } from 'react';
import { callPins, MAX_GUIDE_PINS, pinAt } from '../../domain/guidePins';
import type { Code } from '../../domain/schemas/code';
import type { Guide } from '../../domain/schemas/guide';
import { CancelAndConfirm } from '../../ui/CancelAndConfirm';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { Field } from '../../ui/Field';

interface Props {
  code: Code;
  codes: readonly Code[];
  guides: readonly Guide[];
  /** Rejects with the sentence to show; the dialog stays open. */
  onPin(guideId: string, slot: number): Promise<void>;
  onClose(): void;
}

const keyLabel = (slot: number) => `Alt+${slot + 1}`;

/** "Pin to guide…": puts one code on one key of one guide's calls. */
export function PinToGuideDialog({ code, codes, guides, onPin, onClose }: Props) {
  const formId = useId();
  const [guideId, setGuideId] = useState(guides[0]?.id ?? '');
  const [chosenSlot, setChosenSlot] = useState<number | null>(null);
  const { busy, error, submit } = useDialogSubmit(onClose);
  const guide = guides.find((g) => g.id === guideId);
  const pinned = useMemo(() => (guide ? callPins(guide, codes) : []), [guide, codes]);
  const ids = pinned.map((c) => c.id);
  const current = ids.indexOf(code.id);
  // A code already pinned can move among the keys in use; a new one can also take the next free.
  const slots = current >= 0 ? ids.length : Math.min(ids.length + 1, MAX_GUIDE_PINS);
  const slot = Math.min(chosenSlot ?? (current >= 0 ? current : ids.length), slots - 1);
  const check = pinAt(ids, code.id, Math.max(slot, 0));
  const refused = check.ok ? null : `“${guide?.name ?? ''}”: ${check.reason}`;

  const pin = () => {
    if (!guide || refused) return;
    void submit(() => onPin(guide.id, slot));
  };

  const slotText = (index: number) => {
    const there = pinned[index];
    if (!there) return `${keyLabel(index)} (free)`;
    if (there.id === code.id) return `${keyLabel(index)} (pinned here now)`;
    return `${keyLabel(index)}, moving “${there.name}” to ${keyLabel(index + 1)}`;
  };

  return (
    <Dialog
      open
      title={`Pin “${code.name}” to a guide`}
      onClose={onClose}
      actions={
        <CancelAndConfirm
          confirmLabel="Pin"
          onCancel={onClose}
          form={formId}
          disabled={!guide || refused !== null || busy}
          describedBy={refused ? `${formId}-refused` : undefined}
        />
      }
    >
      {guides.length === 0 ? (
        <p>No guides yet. Add one on the Guides page, then pin codes to it.</p>
      ) : (
        <form
          id={formId}
          onSubmit={(e) => {
            e.preventDefault();
            pin();
          }}
        >
          <Field label="Guide">
            <select
              value={guideId}
              autoFocus
              onChange={(e) => {
                setGuideId(e.target.value);
                setChosenSlot(null);
              }}
            >
              {guides.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </Field>
          {refused ? (
            <ErrorAlert id={`${formId}-refused`} message={refused} />
          ) : (
            <Field label="Key">
              <select value={slot} onChange={(e) => setChosenSlot(Number(e.target.value))}>
                {Array.from({ length: slots }, (_, index) => (
                  <option key={index} value={index}>
                    {slotText(index)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <ErrorAlert message={error} />
        </form>
      )}
    </Dialog>
  );
}
