import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RegistryDb } from '../../src/db/registryDb';
import { WorkspaceDb } from '../../src/db/schema';
import {
  createWorkspace,
  deleteWorkspace,
  getCurrentWorkspaceId,
  isInitialised,
  listWorkspaces,
  markInitialised,
  getPersistenceAnswer,
  renameWorkspace,
  requestPersistenceOnce,
  setCurrentWorkspaceId,
} from '../../src/db/workspaceRegistry';
import { openWorkspaceDb } from '../../src/db/openWorkspaceDb';

let registry: RegistryDb;

beforeEach(() => {
  registry = new RegistryDb(`registry-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await registry.delete();
});

describe('workspace registry', () => {
  it('creates workspaces each with its own database name, listed oldest first', async () => {
    const a = await createWorkspace(registry, '  Tour A  ');
    const b = await createWorkspace(registry, 'Tour B', { isDemo: true });
    const list = await listWorkspaces(registry);
    expect(list.map((w) => w.name)).toEqual(['Tour A', 'Tour B']);
    expect(a.dbName).not.toEqual(b.dbName);
    expect(list[1]?.isDemo).toBe(true);
  });

  it('refuses an empty or over-long name with a message', async () => {
    await expect(createWorkspace(registry, '   ')).rejects.toThrow('Workspace name is required.');
    await expect(createWorkspace(registry, 'x'.repeat(101))).rejects.toThrow(
      'Workspace name is longer than 100 characters.',
    );
    expect(await listWorkspaces(registry)).toEqual([]);
  });

  it('renames, and says so when the workspace is gone', async () => {
    const a = await createWorkspace(registry, 'Old');
    await renameWorkspace(registry, a.id, 'New');
    expect((await listWorkspaces(registry))[0]?.name).toBe('New');
    await expect(renameWorkspace(registry, 'missing', 'X')).rejects.toThrow(/no longer exists/);
  });

  it('deletes the workspace database with its records and clears the current pointer', async () => {
    const a = await createWorkspace(registry, 'Doomed');
    const keep = await createWorkspace(registry, 'Keep');
    const db = openWorkspaceDb(a.dbName);
    await db.codes.add({
      id: 'c1',
      name: 'Pain',
      kind: 'pain_point',
      description: null,
      colour: '#112233',
      parentId: null,
      pinned: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await setCurrentWorkspaceId(registry, a.id);
    await deleteWorkspace(registry, a.id);
    expect((await listWorkspaces(registry)).map((w) => w.id)).toEqual([keep.id]);
    expect(await getCurrentWorkspaceId(registry)).toBeNull();
    expect(await Dexie.exists(a.dbName)).toBe(false);
    const reopened = new WorkspaceDb(a.dbName);
    expect(await reopened.codes.count()).toBe(0);
    await reopened.delete();
  });

  it('remembers the first run so a deleted demo stays deleted', async () => {
    expect(await isInitialised(registry)).toBe(false);
    await markInitialised(registry);
    expect(await isInitialised(registry)).toBe(true);
  });
});

describe('asking to keep data on this device', () => {
  it('asks once and remembers the answer', async () => {
    const storage = {
      persisted: vi.fn(() => Promise.resolve(false)),
      persist: vi.fn(() => Promise.resolve(false)),
    };
    expect(await requestPersistenceOnce(registry, storage)).toBe('declined');
    expect(await requestPersistenceOnce(registry, storage)).toBeNull();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await getPersistenceAnswer(registry)).toBe('declined');
  });

  it('does not ask when the data is already kept, or when the browser cannot be asked', async () => {
    const kept = {
      persisted: vi.fn(() => Promise.resolve(true)),
      persist: vi.fn(() => Promise.resolve(true)),
    };
    expect(await requestPersistenceOnce(registry, kept)).toBe('granted');
    expect(kept.persist).not.toHaveBeenCalled();

    const other = new RegistryDb(`registry-${crypto.randomUUID()}`);
    expect(await requestPersistenceOnce(other, undefined)).toBeNull();
    expect(await requestPersistenceOnce(other, {})).toBeNull();
    expect(await getPersistenceAnswer(other)).toBeNull();
    await other.delete();
  });
});
