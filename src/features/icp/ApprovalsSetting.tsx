import { useId, useState, type FormEvent } from 'react';
import { requiredApprovalsSchema } from '../../domain/icp/signOffGuards';
import { useRequiredApprovals } from './useRequiredApprovals';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** The workspace's rule for sign-off, set beside the workflow it governs. */
export function ApprovalsSetting() {
  const inputId = useId();
  const errorId = useId();
  const { required, save } = useRequiredApprovals();
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (required === undefined) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = requiredApprovalsSchema.safeParse(Number(typed ?? required));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a whole number from 1 to 10.');
      return;
    }
    try {
      await save(parsed.data);
      setError(null);
      setTyped(null);
      setSaved(true);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <form className="icp-form-row" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={inputId}>Approvals needed to sign off</label>
        <input
          id={inputId}
          type="number"
          min={1}
          max={10}
          value={typed ?? String(required)}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setTyped(e.target.value);
            setSaved(false);
          }}
        />
        <ErrorAlert message={error} id={errorId} />
      </div>
      <button type="submit">Save approvals needed</button>
      {saved && <span role="status">Sign-off now needs {required} approvals.</span>}
    </form>
  );
}
