import { useTeamSync } from '../../app/useTeamSync';
import { InviteLinks } from './InviteLinks';
import { ShareWorkspaceForm } from './ShareWorkspaceForm';

/** Share the open workspace with a team through a team server, then invite people by role. */
export function SharePanel() {
  const { shared, share, inviteLink } = useTeamSync();
  return (
    <section aria-labelledby="share-heading" className="panel">
      <h2 id="share-heading">Share workspace</h2>
      {shared ? (
        <>
          <p>
            Shared on {shared.server} as {shared.name} ({shared.role}). Changes sync with everyone
            who joined; work goes on offline and syncs when the server is back.
          </p>
          {shared.role === 'owner' ? (
            <InviteLinks makeLink={inviteLink} />
          ) : (
            <p className="muted">Only the owner can invite people.</p>
          )}
        </>
      ) : (
        <>
          <p>
            Upload this workspace to your team server (started with <code>npm run server</code>) so
            others can join it. It stays on this device too, and keeps working offline.
          </p>
          <ShareWorkspaceForm onShare={share} />
        </>
      )}
    </section>
  );
}
