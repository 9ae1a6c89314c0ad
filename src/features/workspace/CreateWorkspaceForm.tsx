import { useId, useState, type FormEvent } from 'react';
import { workspaceSchema } from '../../domain/schemas/workspace';

interface Props {
  onCreate(name: string): Promise<void>;
}

export function CreateWorkspaceForm({ onCreate }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = workspaceSchema.shape.name.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a name.');
      return;
    }
    setBusy(true);
    try {
      await onCreate(parsed.data);
      setName('');
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="inline-form" noValidate>
      <label htmlFor={inputId}>Workspace name</label>
      <input
        id={inputId}
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder="e.g. Q1 listening tour"
      />
      <button type="submit" className="primary" disabled={busy}>
        Create workspace
      </button>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
