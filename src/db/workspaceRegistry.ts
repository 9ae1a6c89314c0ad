import Dexie from 'dexie';
import { workspaceSchema, type Workspace } from '../domain/schemas/workspace';
import { closeWorkspaceDb } from './openWorkspaceDb';
import type { RegistryDb } from './registryDb';
import { checked } from './checked';

const CURRENT_KEY = 'currentWorkspaceId';
const INITIALISED_KEY = 'initialised';

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

export async function listWorkspaces(registry: RegistryDb): Promise<Workspace[]> {
  const all = await registry.workspaces.toArray();
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}

function cleanName(name: string): string {
  return checked(workspaceSchema.shape.name, name);
}

export async function createWorkspace(
  registry: RegistryDb,
  name: string,
  options: { isDemo?: boolean } = {},
): Promise<Workspace> {
  const id = newId();
  const at = nowIso();
  const workspace = checked(workspaceSchema, {
    id,
    name: cleanName(name),
    dbName: `tourbook-ws-${id}`,
    isDemo: options.isDemo ?? false,
    createdAt: at,
    updatedAt: at,
  });
  await registry.workspaces.add(workspace);
  return workspace;
}

export async function renameWorkspace(
  registry: RegistryDb,
  id: string,
  name: string,
): Promise<void> {
  const updated = await registry.workspaces.update(id, {
    name: cleanName(name),
    updatedAt: nowIso(),
  });
  if (updated === 0)
    throw new Error('That workspace no longer exists. Reload to see the current list.');
}

/** Removes the workspace from the registry and deletes its database, records and all. */
export async function deleteWorkspace(registry: RegistryDb, id: string): Promise<void> {
  const workspace = await registry.workspaces.get(id);
  if (!workspace) return;
  closeWorkspaceDb(workspace.dbName);
  await Dexie.delete(workspace.dbName);
  await registry.transaction('rw', registry.workspaces, registry.prefs, async () => {
    await registry.workspaces.delete(id);
    const current = await registry.prefs.get(CURRENT_KEY);
    if (current?.value === id) await registry.prefs.delete(CURRENT_KEY);
  });
}

export async function getCurrentWorkspaceId(registry: RegistryDb): Promise<string | null> {
  return (await registry.prefs.get(CURRENT_KEY))?.value ?? null;
}

export async function setCurrentWorkspaceId(registry: RegistryDb, id: string): Promise<void> {
  await registry.prefs.put({ key: CURRENT_KEY, value: id });
}

/** True once the first run has created the demo; deleting the demo later must not bring it back. */
export async function isInitialised(registry: RegistryDb): Promise<boolean> {
  return (await registry.prefs.get(INITIALISED_KEY))?.value === 'yes';
}

export async function markInitialised(registry: RegistryDb): Promise<void> {
  await registry.prefs.put({ key: INITIALISED_KEY, value: 'yes' });
}

const PERSISTENCE_KEY = 'persistenceAnswer';

/** What the browser said when Tourbook asked it to keep this site's data. */
export type PersistenceAnswer = 'granted' | 'declined';

export async function getPersistenceAnswer(
  registry: RegistryDb,
): Promise<PersistenceAnswer | null> {
  const value = (await registry.prefs.get(PERSISTENCE_KEY))?.value;
  return value === 'granted' || value === 'declined' ? value : null;
}

export async function recordPersistenceAnswer(
  registry: RegistryDb,
  answer: PersistenceAnswer,
): Promise<void> {
  await registry.prefs.put({ key: PERSISTENCE_KEY, value: answer });
}

/** The parts of navigator.storage the request needs; tests pass a stand-in. */
export type PersistenceApi = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

/**
 * Asks the browser once to keep Tourbook's data when the disk runs low: months of interviews
 * must not be evicted as a cache would. Called at every start, it asks on the first one that
 * finds no answer recorded (a first run, or the first start of a version that asks), and the
 * answer is remembered so later visits do not ask again (Firefox shows a prompt each time);
 * the Workspace page offers to ask again. Returns the answer, or null when it did not ask.
 */
export async function requestPersistenceOnce(
  registry: RegistryDb,
  storage: PersistenceApi | undefined,
): Promise<PersistenceAnswer | null> {
  const persist = storage?.persist?.bind(storage);
  if (!persist) return null;
  const ask = async (): Promise<PersistenceAnswer | null> => {
    if (await getPersistenceAnswer(registry)) return null;
    // Already kept (an installed app, or granted before): nothing to ask.
    const granted = (await storage?.persisted?.()) || (await persist());
    const answer: PersistenceAnswer = granted ? 'granted' : 'declined';
    await recordPersistenceAnswer(registry, answer);
    return answer;
  };
  // Tabs opened together on a first visit ask once between them, not once each.
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request('tourbook-persistence-request', ask);
  }
  return ask();
}
