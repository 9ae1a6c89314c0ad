import './exportInNode';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedBackup, restoreIntoDb } from '../../src/db/backupRepo';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_TABLES, WorkspaceDb } from '../../src/db/schema';
import { parseBackup } from '../../src/domain/backupFormat';
import { interviewRecord } from '../fixtures/records';

const dbs: Dexie[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
const track = <D extends Dexie>(db: D): D => {
  dbs.push(db);
  return db;
};
const freshDb = () => track(new WorkspaceDb(`tourbook-ws-maps-${crypto.randomUUID()}`));

async function dump(db: WorkspaceDb) {
  const entries = await Promise.all(
    WORKSPACE_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}

/** Read with JSON.parse so that its "__proto__" keys stay data (see schemaUpgrade.test.ts). */
const FROZEN_V2 = JSON.parse(
  readFileSync(new URL('../fixtures/db/workspace-v2.json', import.meta.url), 'utf8'),
) as { stores: Record<string, string>; tables: Record<string, unknown[]> };

/**
 * The file the version 2 app downloaded for that database: its exportDB call, rows passed
 * through JSON first, over a database in the version 2 layout.
 */
async function versionTwoBackup(): Promise<string> {
  const old = track(new Dexie(`tourbook-ws-v2-${crypto.randomUUID()}`));
  old.version(2).stores(FROZEN_V2.stores);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(FROZEN_V2.tables)) {
      await old.table(table).bulkAdd(rows);
    }
  });
  const { exportDB } = await import('dexie-export-import');
  const blob = await exportDB(old, {
    transform: (_table: string, value: unknown) => ({
      value: JSON.parse(JSON.stringify(value)) as unknown,
    }),
  });
  return blob.text();
}

describe('backups and maps keyed by user text', () => {
  it('restores a backup the previous version made, its constructor keys turned into pairs', async () => {
    const text = await versionTwoBackup();
    // The file the old app offered: refused by the old restore for its "constructor" keys.
    expect(text).toContain('"constructor":"Ops-led"');
    const parsed = parseBackup(text, { currentVersion: CURRENT_SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error);
    const target = freshDb();
    await restoreIntoDb(target, parsed);

    // The old export copied rows by assignment, so "__proto__" entries never reached its file;
    // every key that did is back, in order.
    expect((await target.accounts.get('acc-northwind'))?.customFields).toEqual([
      { key: 'Segment', value: 'Mid-market' },
      { key: 'constructor', value: 'Ops-led' },
      { key: 'toString', value: 'n/a' },
      { key: 'prototype', value: 'p' },
      { key: 'hasOwnProperty', value: 'yes' },
      { key: 'Owner', value: 'Priya' },
    ]);
    expect((await target.interviews.get('int-northwind'))?.speakerMap).toEqual([
      { key: 'constructor', value: 'interviewer' },
      { key: 'toString', value: 'con-ana' },
    ]);
    expect((await target.icpVersions.get('icp-1'))?.snapshot?.accounts).toEqual([
      { key: 'acc-northwind', value: { cohort: 'power_user', matched: [0] } },
      { key: 'constructor', value: { cohort: 'churner', matched: [] } },
    ]);
    expect(await target.experiments.count()).toBe(1);

    // Downloading the restored workspace gives a file that restores to the same data.
    const again = parseBackup((await checkedBackup(target)).text, {
      currentVersion: CURRENT_SCHEMA_VERSION,
    });
    if (!again.ok) throw new Error(again.error);
    const copy = freshDb();
    await restoreIntoDb(copy, again);
    expect(await dump(copy)).toEqual(await dump(target));
  });

  it('offers no file when the data would not restore, and says which record and field', async () => {
    const db = freshDb();
    // Written around the repository's checks, as a bug or an older build could have.
    await db.interviews.put(
      interviewRecord({
        id: 'int-twice',
        accountId: 'acc-1',
        speakerMap: [
          { key: 'Speaker 1', value: 'interviewer' },
          { key: 'Speaker 1', value: 'c-1' },
        ],
      }),
    );
    await expect(checkedBackup(db)).rejects.toThrow(
      'it would not restore, so no file was made. Table interviews, row 1 (id int-twice), field speakerMap[“Speaker 1”].key: Speaker map: “Speaker 1” appears more than once.',
    );
  });
});
