import { useId, useState, type FormEvent } from 'react';

interface Props {
  onShare(server: string, name: string): Promise<void>;
}

export const DEFAULT_TEAM_SERVER = 'http://127.0.0.1:1234';

/** The team server's address and your name: sharing makes you the workspace's owner. */
export function ShareWorkspaceForm({ onShare }: Props) {
  const [server, setServer] = useState(DEFAULT_TEAM_SERVER);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const serverId = useId();
  const nameId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter your name: the team sees it beside your changes and sign-offs.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onShare(server, name.trim());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="stack-form" noValidate>
      <label htmlFor={serverId}>Team server address</label>
      <input
        id={serverId}
        type="url"
        value={server}
        onChange={(e) => setServer(e.target.value)}
        aria-describedby={error ? errorId : undefined}
      />
      <label htmlFor={nameId}>Your name</label>
      <input
        id={nameId}
        value={name}
        autoComplete="name"
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Uploading…' : 'Share workspace'}
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
