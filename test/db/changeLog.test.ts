import { afterEach, describe, expect, it } from 'vitest';
import { exportWorkspace, restoreIntoDb } from '../../src/db/backupRepo';
import { changeActor, setChangeActor, setChangeSource, withSource } from '../../src/db/changeLog';
import { changesSince, lastChangeSeq } from '../../src/db/changeQueries';
import { commitAccountImport, undoImport } from '../../src/db/importRepo';
import { writeNotesNow } from '../../src/db/notesRepo';
import { CURRENT_SCHEMA_VERSION, WorkspaceDb } from '../../src/db/schema';
import { seedWorkspace } from '../../src/db/seedWorkspace';
import { putSetting } from '../../src/db/settingsRepo';
import { parseBackup } from '../../src/domain/backupFormat';
import { changeRowSchema, changeSchema, type Change } from '../../src/domain/schemas/change';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';
import { detectAccountMapping } from '../../src/import/csv/columnMapping';
import { planAccountImport, reviewAccountImport } from '../../src/import/csv/importPipeline';
import { detectPreset } from '../../src/import/csv/presets';
import { generateAccountsCsv } from '../fixtures/csv/generateAccountsCsv';
import { csvOf } from '../fixtures/csv/parsedCsv';
import { accountRecord, contactRecord, interviewRecord } from '../fixtures/records';
import './exportInNode';

const NOW = '2026-03-01T12:00:00.000Z';

const dbs: WorkspaceDb[] = [];
function freshDb() {
  const db = new WorkspaceDb(`tourbook-ws-test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  setChangeActor('me');
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

type Logged = Pick<Change, 'table' | 'key' | 'op' | 'source'>;

/**
 * The log since `afterSeq`, one entry per record written, in order, without the fields that vary
 * from run to run. Checks on the way that every stored row and every entry has its schema's shape.
 */
async function logged(db: WorkspaceDb, afterSeq = 0): Promise<Logged[]> {
  for (const row of await db.changes.where('seq').above(afterSeq).toArray()) {
    expect(changeRowSchema.parse(row)).toEqual(row);
  }
  const entries = await changesSince(db, afterSeq);
  for (const entry of entries) expect(changeSchema.parse(entry)).toEqual(entry);
  return entries.map(({ table, key, op, source }) => ({ table, key, op, source }));
}

/** How many rows the log stored since `afterSeq`: one per write request. */
async function rowsSince(db: WorkspaceDb, afterSeq: number): Promise<number> {
  return db.changes.where('seq').above(afterSeq).count();
}

const lastSeq = lastChangeSeq;

const put = (table: string, key: string, source: Change['source'] = 'local'): Logged => ({
  table,
  key,
  op: 'put',
  source,
});
const del = (table: string, key: string, source: Change['source'] = 'local'): Logged => ({
  table,
  key,
  op: 'delete',
  source,
});

const accounts = (...ids: string[]) => ids.map((id) => accountRecord({ id, cohort: 'churner' }));

describe('the change log: one row per write request, one entry per record written', () => {
  it('logs add, put, bulkPut, update and delete, with the actor and time of the write', async () => {
    const db = freshDb();
    setChangeActor('priya');
    await db.accounts.add(accountRecord({ id: 'a' }));
    await db.accounts.put(accountRecord({ id: 'a', name: 'A' }));
    await db.accounts.bulkPut(accounts('b', 'c'));
    await db.accounts.update('b', { name: 'B' });
    await db.accounts.delete('c');
    expect(await logged(db)).toEqual([
      put('accounts', 'a'),
      put('accounts', 'a'),
      put('accounts', 'b'),
      put('accounts', 'c'),
      put('accounts', 'b'),
      del('accounts', 'c'),
    ]);
    // The bulkPut is one stored row naming both records.
    const rows = await db.changes.toArray();
    expect(rows.map((r) => r.keys)).toEqual([['a'], ['a'], ['b', 'c'], ['b'], ['c']]);
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['priya']));
    expect(rows.map((r) => r.seq)).toEqual([...rows.map((r) => r.seq)].sort((x, y) => x - y));
    for (const row of rows) expect(Math.abs(Date.parse(row.at) - Date.now())).toBeLessThan(60_000);
  });

  it('logs each key of bulkDelete, where().delete(), modify() and clear()', async () => {
    const db = freshDb();
    await db.accounts.bulkAdd(accounts('a', 'b', 'c', 'd', 'e'));
    await db.accounts.update('e', { cohort: 'power_user' });
    let since = await lastSeq(db);

    await db.accounts.bulkDelete(['a', 'b']);
    expect(await logged(db, since)).toEqual([del('accounts', 'a'), del('accounts', 'b')]);
    expect(await rowsSince(db, since)).toBe(1);

    since = await lastSeq(db);
    await db.accounts.where('cohort').equals('churner').modify({ plan: 'pro' });
    expect(await logged(db, since)).toEqual([put('accounts', 'c'), put('accounts', 'd')]);

    since = await lastSeq(db);
    // A range on the primary key: Dexie deletes it with one deleteRange request.
    await db.accounts.where('id').between('c', 'd', true, true).delete();
    expect(await logged(db, since)).toEqual([del('accounts', 'c'), del('accounts', 'd')]);
    expect(await rowsSince(db, since)).toBe(1);

    await db.contacts.bulkAdd([
      contactRecord({ id: 'k1', accountId: 'x' }),
      contactRecord({ id: 'k2', accountId: 'y' }),
    ]);
    since = await lastSeq(db);
    // An index query: Dexie reads the keys and deletes them one request per chunk.
    await db.contacts.where('accountId').equals('x').delete();
    expect(await logged(db, since)).toEqual([del('contacts', 'k1')]);

    since = await lastSeq(db);
    await db.accounts.clear();
    expect(await logged(db, since)).toEqual([del('accounts', 'e')]);

    // Clearing an empty table, or deleting nothing, writes no record and leaves no row.
    since = await lastSeq(db);
    await db.accounts.clear();
    await db.accounts.bulkDelete([]);
    await db.accounts.where('cohort').equals('nobody').modify({ plan: 'pro' });
    expect(await rowsSince(db, since)).toBe(0);
  });

  it('logs every write of a transaction with its records, and nothing when it aborts', async () => {
    const db = freshDb();
    await db.transaction('rw', db.accounts, db.contacts, async () => {
      await db.accounts.add(accountRecord({ id: 'a' }));
      await db.contacts.add(contactRecord({ id: 'k', accountId: 'a' }));
    });
    expect(await logged(db)).toEqual([put('accounts', 'a'), put('contacts', 'k')]);

    const since = await lastSeq(db);
    await expect(
      db.transaction('rw', db.accounts, async () => {
        await db.accounts.bulkPut(accounts('b', 'c'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    // A failing add aborts its transaction, with the rows of the adds before it.
    await expect(
      db.transaction('rw', db.accounts, async () => {
        await db.accounts.add(accountRecord({ id: 'd' }));
        await db.accounts.add(accountRecord({ id: 'a' }));
      }),
    ).rejects.toThrow();
    expect(await logged(db, since)).toEqual([]);
    expect(await db.accounts.count()).toBe(1);
  });

  it('logs only the records a bulk write really wrote when the rest of it goes on', async () => {
    const db = freshDb();
    await db.accounts.add(accountRecord({ id: 'a' }));
    const since = await lastSeq(db);
    // Dexie commits the adds that succeeded and rejects with a BulkError naming the others.
    await expect(db.accounts.bulkAdd(accounts('b', 'a', 'c'))).rejects.toThrow();
    await db.transaction('rw', db.accounts, async () => {
      await db.accounts.bulkAdd(accounts('d', 'a')).catch(() => undefined);
    });
    expect(await db.accounts.count()).toBe(4);
    expect(await logged(db, since)).toEqual([
      put('accounts', 'b'),
      put('accounts', 'c'),
      put('accounts', 'd'),
    ]);
  });

  it('logs nothing for a write that failed and was caught, and the rest of it commits', async () => {
    const db = freshDb();
    await db.accounts.add(accountRecord({ id: 'a' }));
    const since = await lastSeq(db);
    await db.transaction('rw', db.accounts, async () => {
      await db.accounts.add(accountRecord({ id: 'a' })).catch(() => undefined);
      // A record IndexedDB cannot store fails before it is written.
      const unstorable = { ...accountRecord({ id: 'f' }), notes: () => 'not data' };
      await db.accounts.put(unstorable).catch(() => undefined);
      await db.accounts.put(accountRecord({ id: 'e' }));
    });
    expect(await db.accounts.get('f')).toBeUndefined();
    expect(await logged(db, since)).toEqual([put('accounts', 'e')]);
    expect(await rowsSince(db, since)).toBe(1);
  });

  it('does not log the log itself, device-local settings or reads', async () => {
    const db = freshDb();
    await db.changes.add({
      table: 'accounts',
      keys: ['x'],
      op: 'put',
      source: 'remote',
      actor: 'sam',
      at: NOW,
    });
    await putSetting(db, 'search.snapshot', { version: 1 }, NOW);
    await putSetting(db, 'accounts.tableLayout', { sorting: [] }, NOW);
    await db.accounts.toArray();
    expect(await logged(db)).toEqual([
      { table: 'accounts', key: 'x', op: 'put', source: 'remote' },
    ]);
    await putSetting(db, 'cohortThresholds', { promoterNpsMin: 9 }, NOW);
    expect((await logged(db)).slice(1)).toEqual([put('settings', 'cohortThresholds')]);
  });

  it('names every write to one record, told apart from another table’s record of that key', async () => {
    const db = freshDb();
    setChangeActor('priya');
    await db.accounts.bulkPut(accounts('a', 'b'));
    // A settings key that happens to read like an account's id is another record.
    await putSetting(db, 'a', { note: 'same text, other table' }, NOW);
    await db.accounts.update('a', { name: 'A' });
    await db.accounts.bulkDelete(['b', 'a']);
    const changesOf = async (table: string, key: string) =>
      (await changesSince(db, 0)).filter((c) => c.table === table && c.key === key);
    const ofA = await changesOf('accounts', 'a');
    expect(ofA.map(({ table, key, op, source }) => ({ table, key, op, source }))).toEqual([
      put('accounts', 'a'),
      put('accounts', 'a'),
      del('accounts', 'a'),
    ]);
    expect(ofA.map((c) => c.seq)).toEqual([1, 3, 4]);
    expect(ofA.every((c) => c.actor === 'priya')).toBe(true);
    expect(await changesOf('settings', 'a')).toEqual([
      expect.objectContaining({ seq: 2, key: 'a', op: 'put' }),
    ]);
    expect(await changesOf('accounts', 'nobody')).toEqual([]);
  });

  it('refuses a device-local key written to the workspace settings store', async () => {
    const db = freshDb();
    await expect(
      db.settings.put({ key: 'search.snapshot', value: {}, updatedAt: NOW }),
    ).rejects.toThrow('Setting search.snapshot is device-local');
    expect(await db.settings.count()).toBe(0);
  });
});

describe('sources', () => {
  it('tags a transaction’s writes, nested transactions included', async () => {
    const db = freshDb();
    await withSource(db, 'undo', [db.accounts, db.contacts], async () => {
      await db.accounts.add(accountRecord({ id: 'a' }));
      // A repository's own transaction inside joins the tagged one.
      await db.transaction('rw', db.contacts, () =>
        db.contacts.add(contactRecord({ id: 'k', accountId: 'a' })),
      );
    });
    await db.transaction('rw', db.accounts, async (tx) => {
      setChangeSource(tx, 'remote', 'sam');
      await db.accounts.delete('a');
    });
    await db.accounts.add(accountRecord({ id: 'b' }));
    expect(await logged(db)).toEqual([
      put('accounts', 'a', 'undo'),
      put('contacts', 'k', 'undo'),
      del('accounts', 'a', 'remote'),
      put('accounts', 'b', 'local'),
    ]);
    const actors = (await db.changes.toArray()).map((r) => r.actor);
    expect(actors).toEqual(['me', 'me', 'sam', changeActor()]);
  });

  it('refuses to relabel a transaction that already logged writes, and to tag a read', async () => {
    const db = freshDb();
    await expect(
      db.transaction('rw', db.accounts, async (tx) => {
        await db.accounts.add(accountRecord({ id: 'a' }));
        setChangeSource(tx, 'import');
      }),
    ).rejects.toThrow("already logged writes as 'local'");
    expect(await db.accounts.count()).toBe(0);
    await expect(
      db.transaction('r', db.accounts, (tx) => setChangeSource(tx, 'undo')),
    ).rejects.toThrow('Only a read-write transaction');
  });

  it('an import logs its records and its import record as import, its undo as undo', async () => {
    const db = freshDb();
    const csv = csvOf(generateAccountsCsv(3));
    const preset = detectPreset(csv.headers);
    const review = reviewAccountImport(csv, {
      preset,
      mapping: detectAccountMapping(csv.headers, preset),
      existingAccounts: [],
    });
    const planned = planAccountImport(review, { fileName: 'a.csv', now: NOW, decisions: {} });
    if (!planned.ok) throw new Error(planned.reason);
    const { plan } = planned;
    await commitAccountImport(db, plan);
    const ids = plan.createAccounts.map((a) => a.id);
    expect(await logged(db)).toEqual([
      ...ids.map((id) => put('accounts', id, 'import')),
      put('imports', plan.importId, 'import'),
    ]);
    // One row for the accounts' chunk, one for the import record.
    expect(await rowsSince(db, 0)).toBe(2);

    const since = await lastSeq(db);
    await undoImport(db, plan.importId, NOW);
    expect(await logged(db, since)).toEqual([
      ...ids.map((id) => del('accounts', id, 'undo')),
      put('imports', plan.importId, 'undo'),
    ]);
  });

  it('a restore logs what it removed and what it wrote as restore', async () => {
    const source = freshDb();
    await seedWorkspace(source, generateDemoWorkspace({ seed: 7, now: NOW }));
    const seeded = await logged(source);
    expect(seeded.length).toBeGreaterThan(50);
    expect(new Set(seeded.map((r) => r.source))).toEqual(new Set(['import']));
    const text = await (await exportWorkspace(source)).blob.text();
    const parsed = parseBackup(text, { currentVersion: CURRENT_SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error);

    const target = freshDb();
    await target.accounts.add(accountRecord({ id: 'only-here' }));
    const since = await lastSeq(target);
    await restoreIntoDb(target, parsed);
    const restored = await logged(target, since);
    expect(restored[0]).toEqual(del('accounts', 'only-here', 'restore'));
    expect(
      restored
        .slice(1)
        .map((r) => `${r.op} ${r.table} ${r.key} ${r.source}`)
        .sort(),
    ).toEqual(seeded.map((r) => `put ${r.table} ${r.key} restore`).sort());
  });

  it('the pagehide rescue write logs its interview in its own raw transaction', async () => {
    const db = freshDb();
    await db.interviews.add(interviewRecord({ id: 'int-1', accountId: 'a', notes: 'Before.' }));
    await db.open();
    const since = await lastSeq(db);
    setChangeActor('priya');
    await writeNotesNow(db, 'int-1', {
      text: 'Typed before closing.',
      expected: ['Before.'],
      draftId: 'B',
      now: NOW,
    });
    expect(await logged(db, since)).toEqual([put('interviews', 'int-1')]);
    expect(await db.changes.orderBy('seq').last()).toEqual(
      expect.objectContaining({ keys: ['int-1'], actor: 'priya' }),
    );

    // The interview is gone: nothing written, nothing logged.
    await db.interviews.delete('int-1');
    const after = await lastSeq(db);
    await expect(
      writeNotesNow(db, 'int-1', { text: 'x', expected: [''], draftId: 'B', now: NOW }),
    ).rejects.toThrow('This interview no longer exists.');
    expect(await logged(db, after)).toEqual([]);
  });
});
