import { useOnlineStatus } from './useOnlineStatus';

export function OfflineIndicator() {
  const online = useOnlineStatus();
  if (online) return null;
  return (
    <span className="offline-indicator" role="status">
      Offline: your work is saved on this device
    </span>
  );
}
