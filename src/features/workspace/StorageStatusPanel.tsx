import { formatBytes } from '../../ui/format';
import { useStorageStatus } from './useStorageStatus';

export function StorageStatusPanel() {
  const { status, answer, askedHere, requestError, requestPersistence } = useStorageStatus();
  return (
    <section aria-labelledby="storage-heading" className="panel">
      <h2 id="storage-heading">Storage on this device</h2>
      {!status ? (
        <p role="status">Checking storage…</p>
      ) : !status.supported ? (
        <p>This browser does not report storage details.</p>
      ) : (
        <>
          <p data-testid="persistence">
            {status.persisted
              ? 'Persistent storage: granted. The browser will not clear Tourbook data to free space.'
              : 'Persistent storage: not granted. The browser may clear Tourbook data when the disk runs low; keep file backups.'}
          </p>
          <p data-testid="estimate">
            Using {formatBytes(status.usage ?? 0)} of about {formatBytes(status.quota ?? 0)}{' '}
            available to this site.
          </p>
          {!status.persisted && (
            <button type="button" onClick={() => void requestPersistence()}>
              Ask to keep data on this device
            </button>
          )}
          {!status.persisted && answer === 'declined' && (
            <p role="status">
              {/* Tourbook asks once by itself on the first run; the button asks again. */}
              {askedHere
                ? 'The browser declined for now.'
                : 'Tourbook asked when it first opened, and the browser declined for now.'}{' '}
              Browsers grant this to sites you use often or install.
            </p>
          )}
          {requestError && <p role="alert">{requestError}</p>}
        </>
      )}
    </section>
  );
}
