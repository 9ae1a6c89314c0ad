import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemoWorkspace, DEMO_NAME, DEMO_SEED } from '../../src/db/createDemoWorkspace';
import { RegistryDb } from '../../src/db/registryDb';
import { WorkspaceDb } from '../../src/db/schema';
import { STORAGE_FULL_MESSAGE } from '../../src/db/storageErrors';
import { deleteWorkspace, listWorkspaces } from '../../src/db/workspaceRegistry';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';

const NOW = '2026-03-31T12:00:00.000Z';

let registry: RegistryDb;
beforeEach(() => {
  registry = new RegistryDb(`registry-demo-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const workspace of await listWorkspaces(registry)) {
    await deleteWorkspace(registry, workspace.id);
  }
  await registry.delete();
});

async function workspaceDatabases(): Promise<string[]> {
  return (await Dexie.getDatabaseNames()).filter((name) => name.startsWith('tourbook-ws-'));
}

describe('createDemoWorkspace', () => {
  it('registers a demo workspace and fills its database with the seeded demo data', async () => {
    const workspace = await createDemoWorkspace(registry, NOW);
    expect(workspace).toMatchObject({ name: DEMO_NAME, isDemo: true });
    expect(await listWorkspaces(registry)).toEqual([workspace]);
    expect(await workspaceDatabases()).toEqual([workspace.dbName]);

    const expected = generateDemoWorkspace({ seed: DEMO_SEED, now: NOW });
    const db = new WorkspaceDb(workspace.dbName);
    try {
      const byId = <T extends { id: string }>(rows: T[]) =>
        rows.map((row) => row.id).sort((a, b) => a.localeCompare(b));
      expect(byId(await db.accounts.toArray())).toEqual(byId(expected.accounts));
      expect(await db.deals.count()).toBe(expected.deals.length);
      expect(await db.contacts.count()).toBe(expected.contacts.length);
      expect(await db.interviews.count()).toBe(expected.interviews.length);
      expect(await db.highlights.count()).toBe(expected.highlights.length);
      expect(await db.icpVersions.count()).toBe(expected.icpVersions.length);
      const first = expected.accounts[0];
      if (!first) throw new Error('The demo should have accounts.');
      expect(await db.accounts.get(first.id)).toEqual(first);
    } finally {
      db.close();
    }
  });

  it('gives each demo its own database, so a second demo does not clash with the first', async () => {
    const first = await createDemoWorkspace(registry, NOW);
    const second = await createDemoWorkspace(registry, NOW);
    expect(second.dbName).not.toBe(first.dbName);
    expect((await listWorkspaces(registry)).map((w) => w.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it('removes the half-made workspace and explains why when seeding fails', async () => {
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      // The registry write succeeds; the disk fills up while the demo's quotes are written.
      if (this.name === 'highlights') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return add.apply(this, args);
    });

    const failure = createDemoWorkspace(registry, NOW);
    await expect(failure).rejects.toThrow(
      `Could not create the demo workspace: ${STORAGE_FULL_MESSAGE}`,
    );
    const error = (await failure.catch((e: unknown) => e)) as Error;
    expect((error.cause as Error).message).toBe(STORAGE_FULL_MESSAGE);

    vi.restoreAllMocks();
    expect(await listWorkspaces(registry)).toEqual([]);
    expect(await workspaceDatabases()).toEqual([]);
  });
});
