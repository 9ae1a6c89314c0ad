import { useId, useState } from 'react';
import { CODE_KIND_LABELS, type Code } from '../../domain/schemas/code';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { CancelAndConfirm } from '../../ui/CancelAndConfirm';

interface Props {
  codes: readonly Code[];
  onPick(code: Code): void;
  onClose(): void;
}

/** Step one of "trait from code": the code; the trait dialog then opens with its rule set. */
export function FromCodeDialog({ codes, onPick, onClose }: Props) {
  const formId = useId();
  const sorted = [...codes].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
  );
  const [codeId, setCodeId] = useState(sorted[0]?.id ?? '');
  const picked = codes.find((c) => c.id === codeId);
  return (
    <Dialog
      open
      title="Add trait from code"
      onClose={onClose}
      actions={
        <CancelAndConfirm
          confirmLabel="Continue"
          onCancel={onClose}
          form={formId}
          disabled={!picked}
        />
      }
    >
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          if (picked) onPick(picked);
        }}
      >
        <Field label="Code" hint="Accounts quoted on this code will match the trait.">
          <select value={codeId} onChange={(e) => setCodeId(e.target.value)} autoFocus>
            {sorted.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({CODE_KIND_LABELS[c.kind]})
              </option>
            ))}
          </select>
        </Field>
      </form>
    </Dialog>
  );
}
