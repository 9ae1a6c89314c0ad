import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { compactChangesIfDue } from '../db/changeCompaction';
import { createDemoWorkspace } from '../db/createDemoWorkspace';
import { RegistryDb } from '../db/registryDb';
import { closeOnVersionChange } from '../db/versionChange';
import { openWorkspaceDb } from '../db/openWorkspaceDb';
import {
  createWorkspace,
  deleteWorkspace,
  getCurrentWorkspaceId,
  isInitialised,
  listWorkspaces,
  markInitialised,
  renameWorkspace,
  requestPersistenceOnce,
  setCurrentWorkspaceId,
} from '../db/workspaceRegistry';
import { deleteMembership } from '../sync/memberships';
import { WorkspaceContext, type WorkspaceContextValue } from './workspaceContext';

type Boot = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

/** Several tabs may boot at once on a first visit; the lock makes exactly one create the demo. */
async function firstRun(registry: RegistryDb): Promise<void> {
  const run = async () => {
    if (await isInitialised(registry)) return;
    const demo = await createDemoWorkspace(registry);
    await setCurrentWorkspaceId(registry, demo.id);
    await markInitialised(registry);
  };
  if (typeof navigator !== 'undefined' && navigator.locks) {
    await navigator.locks.request('tourbook-first-run', run);
  } else {
    await run();
  }
}

export function WorkspaceProvider({
  children,
  registry: given,
}: {
  children: ReactNode;
  registry?: RegistryDb;
}) {
  const [registry] = useState(() => {
    const db = given ?? new RegistryDb();
    closeOnVersionChange(db);
    return db;
  });
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [currentId, setCurrentId] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      await firstRun(registry);
      const stored = await getCurrentWorkspaceId(registry);
      const all = await listWorkspaces(registry);
      const id = all.some((w) => w.id === stored) ? stored : (all[0]?.id ?? null);
      if (!cancelled) {
        setCurrentId(id);
        setBoot({ state: 'ready' });
      }
      // Not awaited: Firefox asks the user, and the app must not wait on the answer. A failure
      // only means the Workspace page still shows "not granted" and its button to ask.
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      requestPersistenceOnce(registry, storage).catch((error: unknown) => {
        console.error('Tourbook could not ask the browser to keep its data', error);
      });
    })().catch((error: unknown) => {
      if (!cancelled) setBoot({ state: 'failed', message: (error as Error).message });
    });
    return () => {
      cancelled = true;
    };
  }, [registry]);

  const workspaces = useLiveQuery(() => listWorkspaces(registry), [registry]);
  const current = useMemo(
    () => workspaces?.find((w) => w.id === currentId) ?? null,
    [workspaces, currentId],
  );
  const dbName = current?.dbName ?? null;
  const db = useMemo(() => (dbName ? openWorkspaceDb(dbName) : null), [dbName]);

  // At most once a day per device; a run that fails only leaves the log longer until the next.
  useEffect(() => {
    if (!db) return;
    compactChangesIfDue(db, new Date().toISOString()).catch((error: unknown) => {
      console.error('Tourbook could not compact the change log', error);
    });
  }, [db]);

  // The switcher shows a switch's target at once, so a second pick made while the first is
  // still being written is a change it hears; only the latest pick is then opened.
  const [switching, setSwitching] = useState<string | null>(null);
  const latestSwitch = useRef(0);
  const switchTo = useCallback(
    async (id: string) => {
      const mine = ++latestSwitch.current;
      setSwitching(id);
      try {
        await setCurrentWorkspaceId(registry, id);
        if (latestSwitch.current === mine) setCurrentId(id);
      } finally {
        if (latestSwitch.current === mine) setSwitching(null);
      }
    },
    [registry],
  );

  const value = useMemo<WorkspaceContextValue>(
    () => ({
      registry,
      workspaces: workspaces ?? [],
      current,
      db,
      switching,
      switchTo,
      create: async (name) => createWorkspace(registry, name),
      rename: async (id, name) => renameWorkspace(registry, id, name),
      remove: async (id) => {
        // A shared workspace's sync goes with it: its connection, its doc copy, its membership.
        const dbName = workspaces?.find((w) => w.id === id)?.dbName;
        if (dbName) {
          // Loaded on demand: Yjs and the provider stay out of the first load's bundle.
          const { forgetTeamWorkspace } = await import('../sync/teamConnection');
          await forgetTeamWorkspace(dbName);
        }
        await deleteMembership(registry, id);
        await deleteWorkspace(registry, id);
        if (id === currentId) {
          const next = (await listWorkspaces(registry))[0] ?? null;
          if (next) await setCurrentWorkspaceId(registry, next.id);
          setCurrentId(next?.id ?? null);
        }
      },
      createDemo: async () => createDemoWorkspace(registry),
    }),
    [registry, workspaces, current, db, switching, switchTo, currentId],
  );

  if (boot.state === 'failed') {
    return (
      <div role="alert" className="boot-error">
        <h1>Tourbook could not open its data</h1>
        <p>{boot.message}</p>
        <p>
          The browser may be blocking storage for this site (private mode or a full disk). Free some
          space or allow site data, then reload.
        </p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (boot.state === 'loading' || workspaces === undefined) {
    return (
      <p className="boot-loading" role="status">
        Opening your workspace…
      </p>
    );
  }
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
