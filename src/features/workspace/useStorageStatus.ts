import { useCallback, useEffect, useState } from 'react';

export interface StorageStatus {
  supported: boolean;
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStatus(): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return { supported: false, persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted() : Promise.resolve(null),
    storage.estimate(),
  ]);
  return {
    supported: true,
    persisted,
    usage: estimate.usage ?? null,
    quota: estimate.quota ?? null,
  };
}

export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [requestResult, setRequestResult] = useState<boolean | null>(null);

  useEffect(() => {
    let cancelled = false;
    // A browser that refuses the estimate is shown as one without it, not as loading forever.
    readStatus()
      .catch((): StorageStatus => ({ supported: false, persisted: null, usage: null, quota: null }))
      .then((s) => {
        if (!cancelled) setStatus(s);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const requestPersistence = useCallback(async () => {
    const granted = (await navigator.storage?.persist?.()) ?? false;
    setRequestResult(granted);
    setStatus(await readStatus());
  }, []);

  return { status, requestResult, requestPersistence };
}
