import { useTeamSync } from './useTeamSync';

/**
 * The shell's team sync status: one line (Synced, Syncing N changes, Offline — N pending,
 * Rejected: why) that opens onto Go offline / Reconnect and any records refused from peers.
 * Nothing shows for a workspace that is not shared.
 */
export function SyncStatusMenu() {
  const { shared, status, goOffline, reconnect } = useTeamSync();
  if (!shared || !status) return null;
  const offline = status.phase === 'offline';
  return (
    <details className={`sync-status sync-${status.phase}`}>
      <summary>
        <span role="status" aria-live="polite">
          {status.label}
        </span>
      </summary>
      <div className="sync-menu">
        <p>
          Shared as {shared.name} ({shared.role}) on {shared.server}
        </p>
        {offline ? (
          <button type="button" onClick={reconnect}>
            Reconnect
          </button>
        ) : (
          <button type="button" onClick={goOffline}>
            Go offline
          </button>
        )}
        {status.rejections.length > 0 && (
          <>
            <p>Not taken from the team (they failed this app’s checks):</p>
            <ul>
              {status.rejections.map((r) => (
                <li key={`${r.table}/${r.id}`}>{r.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
