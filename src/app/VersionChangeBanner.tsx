import { useSyncExternalStore } from 'react';
import { hasVersionChanged, subscribeVersionChange } from '../db/versionChange';

export function VersionChangeBanner() {
  const changed = useSyncExternalStore(subscribeVersionChange, hasVersionChanged, () => false);
  if (!changed) return null;
  return (
    <div className="banner" role="alert">
      <span>
        Tourbook was updated in another tab. Reload this tab to keep working; everything saved is
        safe.
      </span>
      <button type="button" className="primary" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
}
