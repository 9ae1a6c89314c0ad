import { useTeamSync } from './useTeamSync';

/** Who else has this shared workspace open now, and on which page. */
export function PresenceList() {
  const { status } = useTeamSync();
  if (!status || status.peers.length === 0) return null;
  return (
    <ul className="presence" aria-label="Here now">
      {status.peers.map((peer) => (
        <li key={peer.clientId} title={peer.page}>
          {peer.name} <span className="presence-page">{peer.page}</span>
        </li>
      ))}
    </ul>
  );
}
