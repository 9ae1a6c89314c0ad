import { useId, useMemo, useState } from 'react';
import type { CodeUsage } from '../../db/codesRepo';
import type { Code } from '../../domain/schemas/code';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { plural } from '../../ui/format';
import { CodeOptions } from '../../ui/CodeOptions';
import { CancelAndConfirm } from '../../ui/CancelAndConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDialogSubmit } from '../../ui/useDialogSubmit';

interface Props {
  source: Code;
  codes: readonly Code[];
  usage: CodeUsage | undefined;
  onMerge(targetId: string): Promise<void>;
  onClose(): void;
}

export function MergeCodeDialog({ source, codes, usage, onMerge, onClose }: Props) {
  const formId = useId();
  const [targetId, setTargetId] = useState('');
  const { busy, error, submit } = useDialogSubmit(onClose);
  const exclude = useMemo(() => new Set([source.id]), [source.id]);
  const target = codes.find((c) => c.id === targetId);
  const quotes = plural(usage?.quotes ?? 0, 'quote');
  const accounts = plural(usage?.accounts ?? 0, 'account');

  const merge = () => {
    if (!target) return;
    void submit(() => onMerge(target.id));
  };

  return (
    <Dialog
      open
      title={`Merge “${source.name}”`}
      onClose={onClose}
      actions={
        <CancelAndConfirm
          confirmLabel="Merge"
          onCancel={onClose}
          form={formId}
          disabled={!target || busy}
        />
      }
    >
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          merge();
        }}
      >
        <Field label={`Merge “${source.name}” into`}>
          <select value={targetId} onChange={(e) => setTargetId(e.target.value)} autoFocus>
            <option value="">Pick a code…</option>
            <CodeOptions codes={codes} exclude={exclude} />
          </select>
        </Field>
        <p className="codebook-merge-effect">
          {target
            ? `${quotes} (${accounts}) move to “${target.name}”, sub-codes of “${source.name}” move under it, and “${source.name}” is deleted. You can undo this.`
            : `${quotes} from ${accounts} carry this code.`}
        </p>
        <ErrorAlert message={error} />
      </form>
    </Dialog>
  );
}
