import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useWorkspace } from '../../app/useWorkspace';
import {
  getPersistenceAnswer,
  recordPersistenceAnswer,
  type PersistenceAnswer,
} from '../../db/workspaceRegistry';

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
  const { registry } = useWorkspace();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<PersistenceAnswer | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  // The first run asks on its own (WorkspaceProvider); its answer is shown here, live.
  const remembered = useLiveQuery(() => getPersistenceAnswer(registry), [registry], null);
  const answer = asked ?? remembered;

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
  }, [remembered]);

  const requestPersistence = useCallback(async () => {
    setRequestError(null);
    try {
      const granted = (await navigator.storage?.persist?.()) ?? false;
      const next: PersistenceAnswer = granted ? 'granted' : 'declined';
      setAsked(next);
      setStatus(await readStatus());
      await recordPersistenceAnswer(registry, next);
    } catch (error) {
      setRequestError(
        `Could not ask the browser to keep data: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }, [registry]);

  return { status, answer, askedHere: asked !== null, requestError, requestPersistence };
}
