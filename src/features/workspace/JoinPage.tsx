import { useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { parseInvite } from '../../app/inviteFragment';
import { usePageTitle } from '../../app/usePageTitle';
import { useTeamSync } from '../../app/useTeamSync';
import { PageHeader } from '../../ui/PageHeader';

/**
 * Opened from an invite link: the server and the invite are in the fragment, which never
 * reached a server. Asks for a name, joins, downloads the workspace, then opens it.
 */
export function JoinPage() {
  usePageTitle('Join a workspace');
  const invite = useMemo(() => parseInvite(location.hash), []);
  const { join } = useTeamSync();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!invite) return;
    if (name.trim() === '') {
      setError('Enter your name: the team sees it beside your changes and sign-offs.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await join(invite.server, invite.invite, name.trim());
      navigate('/accounts');
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="join-heading">
      <PageHeader headingId="join-heading" title="Join a workspace" />
      {invite ? (
        <form onSubmit={(e) => void submit(e)} className="stack-form panel" noValidate>
          <p>
            You were invited to a workspace on <strong>{invite.server}</strong>. It will be
            downloaded to this browser and kept in sync.
          </p>
          <label htmlFor={nameId}>Your name</label>
          <input
            id={nameId}
            value={name}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Downloading…' : 'Join workspace'}
          </button>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </form>
      ) : (
        <p role="alert">
          This invite link is incomplete. Ask the workspace’s owner to send the whole link again.
        </p>
      )}
    </section>
  );
}
