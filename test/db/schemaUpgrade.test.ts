import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  WorkspaceDb,
  WORKSPACE_TABLES,
} from '../../src/db/schema';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';

/**
 * The upgrade harness: for each earlier schema version, a database is written exactly as that
 * version of the app wrote it (its own store layout, its own record shape), then opened with
 * the current code, and every record must still be there. A new Dexie version adds an entry
 * here with its previous layout and a fixture in that layout.
 */
const PREVIOUS_VERSIONS: {
  version: number;
  stores: Record<string, string>;
  /** Stores that later versions added: they must exist, empty, after the upgrade. */
  added: string[];
}[] = [{ version: 1, stores: SCHEMA_V1, added: ['experiments'] }];

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

describe('schema upgrades', () => {
  it.each(PREVIOUS_VERSIONS)(
    'opens a database written by schema version $version and loses nothing',
    async ({ version, stores, added }) => {
      const name = `tourbook-ws-upgrade-${version}-${crypto.randomUUID()}`;
      names.push(name);
      const fixture = generateDemoWorkspace({ seed: 7, now: '2026-03-31T12:00:00.000Z' });
      const old = new Dexie(name);
      old.version(version).stores(stores);
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture)) {
          await old.table(table).bulkAdd(rows as unknown[]);
        }
      });
      old.close();

      const current = new WorkspaceDb(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture)) {
        const stored = await current.table(table).toArray();
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(stored.sort(byId), table).toEqual([...(rows as { id: string }[])].sort(byId));
      }
      expect(WORKSPACE_TABLES).toEqual(expect.arrayContaining(Object.keys(stores)));
      for (const table of added) {
        expect(await current.table(table).count(), table).toBe(0);
      }
      // The upgraded database takes new rows in the added stores, by their indexes.
      await current.experiments.add({
        id: 'e1',
        createdAt: '2026-03-31T12:00:00.000Z',
        updatedAt: '2026-03-31T12:00:00.000Z',
        icpVersionId: null,
        hypothesis: 'h',
        targetSegment: 't',
        successCriteria: 'c',
        startDate: null,
        endDate: null,
        status: 'planned',
        result: null,
        outcome: null,
      });
      expect(await current.experiments.where('status').equals('planned').primaryKeys()).toEqual([
        'e1',
      ]);
      current.close();
    },
  );
});
