import { useRegisterSW } from 'virtual:pwa-register/react';

/** Offers a new version; reloading is the user's call so nothing they are typing is lost. */
export function UpdateBanner() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError(error: unknown) {
      console.error('Offline support could not start', error);
    },
  });
  if (needRefresh) {
    return (
      <div className="banner" role="status">
        <span>New version available.</span>
        <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
          Reload
        </button>
        <button type="button" onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="banner" role="status">
        <span>Tourbook now works offline on this device.</span>
        <button type="button" onClick={() => setOfflineReady(false)}>
          Dismiss
        </button>
      </div>
    );
  }
  return null;
}
