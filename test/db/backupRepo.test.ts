import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exportWorkspace,
  getLastBackupAt,
  recordBackupDownload,
  restoreIntoDb,
  restoreIntoNewWorkspace,
} from '../../src/db/backupRepo';
import { RegistryDb } from '../../src/db/registryDb';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_TABLES, WorkspaceDb } from '../../src/db/schema';
import { seedWorkspace } from '../../src/db/seedWorkspace';
import { getSetting, putSetting } from '../../src/db/settingsRepo';
import { snapshotsDb } from '../../src/db/snapshotsDb';
import {
  listSnapshots,
  pruneOrphanSnapshots,
  pruneSnapshots,
  restoreOverCurrent,
  restoreSnapshot,
  takeScheduledSnapshotIfDue,
  takeSnapshot,
} from '../../src/db/snapshotsRepo';
import { createWorkspace, listWorkspaces } from '../../src/db/workspaceRegistry';
import { BACKUP_TABLE_NAMES, parseBackup, type ParsedBackup } from '../../src/domain/backupFormat';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';
import { snapshotsToKeep } from '../../src/domain/snapshotRetention';
import './exportInNode';

const NOW = '2026-03-31T12:00:00.000Z';
const HOUR = 3_600_000;
const later = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();

let registry: RegistryDb;
const dbs: WorkspaceDb[] = [];
function freshDb(name = `tourbook-ws-test-${crypto.randomUUID()}`) {
  const db = new WorkspaceDb(name);
  dbs.push(db);
  return db;
}
/** Snapshots only need a workspace id; the database name serves as one here. */
const idOf = (db: WorkspaceDb) => db.name;

beforeEach(async () => {
  registry = new RegistryDb(`registry-${crypto.randomUUID()}`);
  await snapshotsDb().snapshots.clear();
  await snapshotsDb().bodies.clear();
});
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
  await registry.delete();
});

/** The demo workspace plus the two tables seeding leaves empty, so every table is exercised. */
async function seededDemo(): Promise<WorkspaceDb> {
  const db = freshDb();
  await seedWorkspace(db, generateDemoWorkspace({ seed: 20261, now: NOW }));
  await db.settings.bulkAdd([
    {
      key: 'cohort.thresholds',
      value: { nps: 9, nested: { list: [1, 'two', null] } },
      updatedAt: NOW,
    },
  ]);
  // Device-local: stays out of backups (see 'leaves this device's own state out' below).
  await db.deviceSettings.add({
    key: 'search.snapshot',
    value: { version: 1, index: '{"a":1}' },
    updatedAt: NOW,
  });
  await db.imports.add({
    id: 'imp-1',
    createdAt: NOW,
    updatedAt: NOW,
    kind: 'accounts',
    fileName: 'hubspot.csv',
    preset: 'hubspot',
    rowCount: 1,
    createdAccountIds: [],
    createdDealIds: [],
    previousAccounts: [{ id: 'x', name: 'Before' }],
    previousDeals: [],
    status: 'applied',
  });
  return db;
}

async function dump(db: WorkspaceDb) {
  const entries = await Promise.all(
    WORKSPACE_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}

async function backupOf(db: WorkspaceDb): Promise<{ text: string; parsed: ParsedBackup }> {
  const { blob } = await exportWorkspace(db);
  const text = await blob.text();
  const result = parseBackup(text, { currentVersion: CURRENT_SCHEMA_VERSION });
  if (!result.ok) throw new Error(result.error);
  return { text, parsed: result };
}

describe('export and restore', () => {
  it('covers exactly the tables of the workspace schema', () => {
    expect(BACKUP_TABLE_NAMES).toEqual(WORKSPACE_TABLES);
  });

  it('writes dexie-export-import JSON with counts, and a round trip gives deeply equal rows', async () => {
    const source = await seededDemo();
    const { blob, counts } = await exportWorkspace(source);
    const file = JSON.parse(await blob.text()) as {
      formatName: string;
      formatVersion: number;
      data: {
        databaseVersion: number;
        tables: { name: string; rowCount: number }[];
        data: { tableName: string; inbound: boolean }[];
      };
    };
    expect(file.formatName).toBe('dexie');
    expect(file.formatVersion).toBe(1);
    expect(file.data.databaseVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.data.data.map((t) => t.tableName)).toEqual(WORKSPACE_TABLES);
    expect(file.data.data.every((t) => t.inbound)).toBe(true);
    const before = await dump(source);
    for (const name of WORKSPACE_TABLES) expect(counts[name]).toBe(before[name]?.length);
    expect(counts.accounts).toBeGreaterThan(50);

    const { parsed } = await backupOf(source);
    const target = freshDb();
    await restoreIntoDb(target, parsed);
    expect(await dump(target)).toEqual(before);
  });

  it('still opens with dexie-export-import’s own importer', async () => {
    const source = await seededDemo();
    const { blob } = await exportWorkspace(source);
    const { importInto } = await import('dexie-export-import');
    const target = freshDb();
    await importInto(target, blob, { acceptNameDiff: true });
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('restores a backup made before experiments existed, with no experiments', async () => {
    const source = await seededDemo();
    const { text } = await backupOf(source);
    const file = JSON.parse(text) as {
      data: {
        databaseVersion: number;
        tables: { name: string }[];
        data: { tableName: string }[];
      };
    };
    // The layout a version-1 app wrote: no experiments table at all.
    file.data.databaseVersion = 1;
    file.data.tables = file.data.tables.filter((t) => t.name !== 'experiments');
    file.data.data = file.data.data.filter((t) => t.tableName !== 'experiments');
    const parsed = parseBackup(JSON.stringify(file), { currentVersion: CURRENT_SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error);
    const target = freshDb();
    await restoreIntoDb(target, parsed);
    const before = await dump(source);
    const after = await dump(target);
    expect(after).toEqual(before);
    expect(after.experiments).toEqual([]);
  });

  it('restores a backup made before the question bank: shared texts become one question', async () => {
    const source = await seededDemo();
    const { text } = await backupOf(source);
    const file = JSON.parse(text) as {
      data: {
        databaseVersion: number;
        tables: { name: string }[];
        data: { tableName: string; rows: Record<string, unknown>[] }[];
      };
    };
    // The layout a version-4 app wrote: no questions table, each guide with its own texts.
    const bank = new Map((await source.questions.toArray()).map((q) => [q.id, q.text]));
    file.data.databaseVersion = 4;
    file.data.tables = file.data.tables.filter((t) => t.name !== 'questions');
    file.data.data = file.data.data.filter((t) => t.tableName !== 'questions');
    for (const entry of file.data.data.filter((t) => t.tableName === 'guides')) {
      entry.rows = entry.rows.map(({ questionIds, ...guide }) => ({
        ...guide,
        questions: (questionIds as string[]).map((id) => bank.get(id)),
      }));
    }
    const parsed = parseBackup(JSON.stringify(file), { currentVersion: CURRENT_SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error);
    const target = freshDb();
    await restoreIntoDb(target, parsed);

    const restored = new Map((await target.questions.toArray()).map((q) => [q.id, q.text]));
    expect(restored.size).toBe(bank.size);
    for (const guide of await source.guides.toArray()) {
      const back = await target.guides.get(guide.id);
      expect(back?.questionIds.map((id) => restored.get(id))).toEqual(
        guide.questionIds.map((id) => bank.get(id)),
      );
    }
    const { guides: _g, questions: _q, ...rest } = await dump(target);
    const { guides: _sg, questions: _sq, ...sourceRest } = await dump(source);
    expect(rest).toEqual(sourceRest);
  });

  it('replaces whatever the target held', async () => {
    const source = await seededDemo();
    const { parsed } = await backupOf(source);
    const target = await seededDemo();
    await target.accounts.clear();
    await target.codes.put({
      id: 'only-here',
      name: 'Gone after restore',
      kind: 'pain_point',
      description: null,
      colour: '#112233',
      parentId: null,
      pinned: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await restoreIntoDb(target, parsed);
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('is atomic: a failing write leaves the target exactly as it was', async () => {
    const source = await seededDemo();
    const { parsed } = await backupOf(source);
    const target = freshDb();
    await seedWorkspace(target, generateDemoWorkspace({ seed: 7, now: NOW }));
    const before = await dump(target);
    const version = {
      id: 'v1',
      createdAt: NOW,
      updatedAt: NOW,
      number: 1,
      status: 'draft' as const,
      traits: [],
      isLines: [],
      isNotLines: [],
      exclusions: [],
      signOffs: [],
      basedOnId: null,
      frozenAt: null,
      snapshot: null,
    };
    // Two versions with one number break the unique index late, after earlier tables were written.
    const broken: ParsedBackup = {
      ...parsed,
      data: { ...parsed.data, icpVersions: [version, { ...version, id: 'v2' }] },
    };
    await expect(restoreIntoDb(target, broken)).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });

  it('restores into a new workspace, and removes it again when the restore fails', async () => {
    const source = await seededDemo();
    const { parsed } = await backupOf(source);
    const workspace = await restoreIntoNewWorkspace(registry, '  Restored  ', parsed);
    expect(workspace.name).toBe('Restored');
    const restored = freshDb(workspace.dbName);
    expect(await dump(restored)).toEqual(await dump(source));

    const broken: ParsedBackup = {
      ...parsed,
      data: { ...parsed.data, accounts: [...parsed.data.accounts, ...parsed.data.accounts] },
    };
    await expect(restoreIntoNewWorkspace(registry, 'Broken', broken)).rejects.toThrow(
      /^Could not restore the backup: /,
    );
    expect((await listWorkspaces(registry)).map((w) => w.name)).toEqual(['Restored']);
  });

  it('remembers when a file backup was last downloaded, per workspace', async () => {
    const a = await createWorkspace(registry, 'A');
    expect(await getLastBackupAt(registry, a.id)).toBeNull();
    await recordBackupDownload(registry, a.id, NOW);
    expect(await getLastBackupAt(registry, a.id)).toBe(NOW);
    expect(await getLastBackupAt(registry, 'other')).toBeNull();
  });
});

describe('device-local state', () => {
  it('leaves this device’s own state and the change log out of a backup', async () => {
    const source = await seededDemo();
    expect(await source.changes.count()).toBeGreaterThan(0);
    const { text, parsed } = await backupOf(source);
    const file = JSON.parse(text) as { data: { tables: { name: string }[] } };
    expect(file.data.tables.map((t) => t.name)).toEqual(WORKSPACE_TABLES);
    expect(text).not.toContain('search.snapshot');
    expect(parsed.data.settings.map((s) => s.key)).toEqual(['cohort.thresholds']);
  });

  it('a restore keeps the target’s own state, and drops another device’s from an older backup', async () => {
    const { text } = await backupOf(await seededDemo());
    // A version 3 app kept device-local settings in `settings`, so its backups carry them.
    const file = JSON.parse(text) as {
      data: {
        databaseVersion: number;
        tables: { name: string; rowCount: number }[];
        data: { tableName: string; rows: unknown[] }[];
      };
    };
    file.data.databaseVersion = 3;
    const settings = file.data.data.find((t) => t.tableName === 'settings');
    const declared = file.data.tables.find((t) => t.name === 'settings');
    if (!settings || !declared) throw new Error('no settings table in the backup');
    settings.rows.push({ key: 'accounts.tableLayout', value: { theirs: true }, updatedAt: NOW });
    declared.rowCount += 1;
    const parsed = parseBackup(JSON.stringify(file), { currentVersion: CURRENT_SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error);

    const target = freshDb();
    await putSetting(target, 'accounts.tableLayout', { mine: true }, NOW);
    await restoreIntoDb(target, parsed);
    expect(await getSetting(target, 'accounts.tableLayout')).toEqual({ mine: true });
    expect((await target.settings.toArray()).map((s) => s.key)).toEqual(['cohort.thresholds']);
  });
});

describe('snapshots', () => {
  it('restore over the current workspaceId takes a snapshot of it first', async () => {
    const current = freshDb();
    await seedWorkspace(current, generateDemoWorkspace({ seed: 7, now: NOW }));
    const original = await dump(current);
    const { parsed } = await backupOf(await seededDemo());
    const workspaceId = idOf(current);

    const before = await restoreOverCurrent(workspaceId, current, parsed, NOW);
    expect(before.reason).toBe('before-restore');
    expect(before.counts.accounts).toBe(original.accounts?.length);
    expect(await dump(current)).not.toEqual(original);

    await restoreSnapshot(workspaceId, current, before.id, later(1000));
    expect(await dump(current)).toEqual(original);
    const list = await listSnapshots(workspaceId);
    expect(list.map((s) => s.reason)).toEqual(['before-restore', 'before-restore']);
    expect(list[1]?.id).toBe(before.id);
  });

  it('refuses a snapshot of another workspaceId, and a damaged one, changing nothing', async () => {
    const a = await seededDemo();
    const b = freshDb();
    const snapshot = await takeSnapshot(idOf(a), a, 'scheduled', NOW);
    await expect(restoreSnapshot(idOf(b), b, snapshot.id, NOW)).rejects.toThrow(
      'That snapshot no longer exists',
    );
    await snapshotsDb().bodies.put({ id: snapshot.id, json: '{"formatName":"dexie"' });
    const before = await dump(a);
    await expect(restoreSnapshot(idOf(a), a, snapshot.id, NOW)).rejects.toThrow(
      'This snapshot cannot be restored: This file is not valid JSON (it may be truncated).',
    );
    expect(await dump(a)).toEqual(before);
    expect(await listSnapshots(a.name)).toHaveLength(1);
  });

  it('takes a scheduled snapshot only when the newest is an hour old', async () => {
    const db = await seededDemo();
    const workspaceId = idOf(db);
    expect(await takeScheduledSnapshotIfDue(workspaceId, db, NOW)).not.toBeNull();
    expect(await takeScheduledSnapshotIfDue(workspaceId, db, later(HOUR - 1))).toBeNull();
    const next = await takeScheduledSnapshotIfDue(workspaceId, db, later(HOUR));
    expect(next?.reason).toBe('scheduled');
    expect(await listSnapshots(workspaceId)).toHaveLength(2);
  });

  it('prunes to the retention rule, keeping the others restorable', async () => {
    const db = freshDb();
    const workspaceId = idOf(db);
    const times = [
      '2026-03-31T01:00:00.000Z',
      '2026-03-31T02:00:00.000Z',
      '2026-03-31T03:00:00.000Z',
      '2026-03-31T04:00:00.000Z',
      '2026-03-30T10:00:00.000Z',
      '2026-03-30T11:00:00.000Z',
      '2026-03-20T11:00:00.000Z',
    ];
    const taken = [];
    for (const takenAt of times)
      taken.push(await takeSnapshot(workspaceId, db, 'scheduled', takenAt));
    const expected = snapshotsToKeep(taken, NOW);
    expect(expected).toHaveLength(4);

    expect(await pruneSnapshots(workspaceId, NOW)).toBe(3);
    const left = await listSnapshots(workspaceId);
    expect(left.map((s) => s.id)).toEqual(expected);
    expect(await snapshotsDb().bodies.count()).toBe(4);
  });

  it('scheduled snapshots prune as they go', async () => {
    const db = freshDb();
    const workspaceId = idOf(db);
    for (let hour = 0; hour < 30; hour += 1) {
      await takeScheduledSnapshotIfDue(workspaceId, db, later(hour * HOUR));
    }
    const left = await listSnapshots(workspaceId);
    // 30 hourly snapshots from noon: 3 kept of today (the 1st), 1 of the day before.
    expect(left).toHaveLength(4);
    expect(left[0]?.takenAt).toBe(later(29 * HOUR));
  });

  it('drops the snapshots of deleted workspaces', async () => {
    const a = freshDb();
    const b = freshDb();
    await takeSnapshot(idOf(a), a, 'scheduled', NOW);
    await takeSnapshot(idOf(b), b, 'scheduled', NOW);
    expect(await pruneOrphanSnapshots([a.name])).toBe(1);
    expect(await listSnapshots(a.name)).toHaveLength(1);
    expect(await listSnapshots(b.name)).toHaveLength(0);
    expect(await snapshotsDb().bodies.count()).toBe(1);
  });
});
