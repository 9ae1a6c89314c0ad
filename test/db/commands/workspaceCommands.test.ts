import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFileCommand,
  dropSnapshotsOfDeletedWorkspaces,
  restoreIntoNewWorkspaceCommand,
  restoreOverCurrentCommand,
  restoreSnapshotCommand,
  takeScheduledSnapshot,
} from '../../../src/commands/workspaceCommands';
import { exportWorkspace, getLastBackupAt } from '../../../src/db/backupRepo';
import { changesSince, lastChangeSeq } from '../../../src/db/changeQueries';
import { RegistryDb } from '../../../src/db/registryDb';
import { CURRENT_SCHEMA_VERSION, WorkspaceDb } from '../../../src/db/schema';
import { snapshotsDb } from '../../../src/db/snapshotsDb';
import { listSnapshots, takeSnapshot } from '../../../src/db/snapshotsRepo';
import { parseBackup, type ParsedBackup } from '../../../src/domain/backupFormat';
import { accountRecord } from '../../fixtures/records';
import '../exportInNode';
import { freshDb } from '../freshDb';
import { logged } from '../loggedChanges';
import { fixedContext } from './fixedContext';

const NOW = '2026-03-31T12:00:00.000Z';
const LATER = '2026-03-31T13:30:00.000Z';

let registry: RegistryDb;
beforeEach(async () => {
  registry = new RegistryDb(`registry-${crypto.randomUUID()}`);
  await snapshotsDb().snapshots.clear();
  await snapshotsDb().bodies.clear();
});
afterEach(async () => {
  await registry.delete();
});

async function withAccounts(...names: string[]): Promise<WorkspaceDb> {
  const db = freshDb();
  await db.accounts.bulkAdd(names.map((name) => accountRecord({ id: name, name })));
  return db;
}

async function backupOf(db: WorkspaceDb): Promise<ParsedBackup> {
  const { blob } = await exportWorkspace(db);
  const parsed = parseBackup(await blob.text(), { currentVersion: CURRENT_SCHEMA_VERSION });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed;
}

const accountIds = async (db: WorkspaceDb) => (await db.accounts.orderBy('id').keys()).map(String);

describe('backup commands', () => {
  it('makes a backup file that reads back, and records when it was made', async () => {
    const db = await withAccounts('a1', 'a2');
    const ctx = fixedContext(db, NOW);
    const seq = await lastChangeSeq(db);

    const { result, message, undo } = await backupFileCommand(ctx, {
      registry,
      workspace: { id: 'ws-1', name: 'Listening tour' },
    });
    expect(result.fileName).toBe('tourbook-listening-tour-2026-03-31.json');
    expect(message).toBe(`Downloaded ${result.fileName} (2 accounts, 0 interviews, 0 quotes).`);
    expect(undo).toBeUndefined();
    const parsed = parseBackup(result.text, { currentVersion: CURRENT_SCHEMA_VERSION });
    expect(parsed.ok && parsed.meta.counts.accounts).toBe(2);
    expect(await getLastBackupAt(registry, 'ws-1')).toBe(NOW);
    // The time of the download is this device's, outside the workspace: nothing is logged.
    expect(await changesSince(db, seq)).toEqual([]);
  });

  it('restores a backup into a new workspace, leaving the open one alone', async () => {
    const open = await withAccounts('a1');
    const parsed = await backupOf(await withAccounts('b1', 'b2'));

    const { result, message } = await restoreIntoNewWorkspaceCommand(fixedContext(open, NOW), {
      registry,
      name: 'Restored',
      parsed,
    });
    expect(message).toBe(
      'Restored 2 accounts, 0 interviews, 0 quotes into the new workspace “Restored”.',
    );
    const created = new WorkspaceDb(result.dbName);
    try {
      expect(await accountIds(created)).toEqual(['b1', 'b2']);
    } finally {
      await created.delete();
    }
    expect(await accountIds(open)).toEqual(['a1']);
  });

  it('replaces the open workspace, logged as a restore; Undo puts the data back as an undo', async () => {
    const db = await withAccounts('a1', 'a2');
    const parsed = await backupOf(await withAccounts('b1'));
    const workspace = { id: 'ws-1', name: 'Scratch' };
    const seq = await lastChangeSeq(db);

    const { message, undo } = await restoreOverCurrentCommand(fixedContext(db, NOW), {
      workspace,
      parsed,
    });
    expect(message).toBe(
      'Replaced “Scratch” with the backup (1 account, 0 interviews, 0 quotes). The previous data is kept as a snapshot.',
    );
    expect(await accountIds(db)).toEqual(['b1']);
    expect(logged(await changesSince(db, seq))).toEqual([
      'accounts a1 delete restore',
      'accounts a2 delete restore',
      'accounts b1 put restore',
    ]);
    expect((await listSnapshots('ws-1')).map((s) => s.reason)).toEqual(['before-restore']);

    const undoSeq = await lastChangeSeq(db);
    expect(await undo?.()).toEqual({
      message: 'The data from before the restore is back. The restored data is kept as a snapshot.',
      kept: 0,
    });
    expect(await accountIds(db)).toEqual(['a1', 'a2']);
    expect(logged(await changesSince(db, undoSeq))).toEqual([
      'accounts a1 put undo',
      'accounts a2 put undo',
      'accounts b1 delete undo',
    ]);
  });

  it('puts nothing back over a later edit of the restored data, and says where it is', async () => {
    const db = await withAccounts('a1');
    const parsed = await backupOf(await withAccounts('b1'));
    const { undo } = await restoreOverCurrentCommand(fixedContext(db, NOW), {
      workspace: { id: 'ws-1', name: 'Scratch' },
      parsed,
    });
    await db.accounts.update('b1', { name: 'Edited after the restore' });

    expect(await undo?.()).toEqual({
      message:
        '1 record edited since the restore was kept as edited. Nothing was put back; the data from before it is in Local snapshots.',
      kept: 1,
    });
    expect(await db.accounts.toArray()).toMatchObject([
      { id: 'b1', name: 'Edited after the restore' },
    ]);
  });

  it('restores a local snapshot; Undo brings back what it replaced', async () => {
    const db = await withAccounts('a1');
    const snapshot = await takeSnapshot('ws-1', db, 'scheduled', NOW);
    await db.accounts.add(accountRecord({ id: 'a2', name: 'a2' }));
    const seq = await lastChangeSeq(db);

    const { message, undo } = await restoreSnapshotCommand(fixedContext(db, LATER), {
      workspaceId: 'ws-1',
      snapshotId: snapshot.id,
      takenLabel: '31 Mar 2026, 12:00',
    });
    expect(message).toBe(
      'Restored the snapshot from 31 Mar 2026, 12:00. The data it replaced is kept as a snapshot.',
    );
    expect(await accountIds(db)).toEqual(['a1']);
    expect(logged(await changesSince(db, seq))).toEqual([
      'accounts a1 delete restore',
      'accounts a1 put restore',
      'accounts a2 delete restore',
    ]);

    expect((await undo?.())?.kept).toBe(0);
    expect(await accountIds(db)).toEqual(['a1', 'a2']);
  });

  it('refuses a snapshot of another workspace, changing nothing', async () => {
    const db = await withAccounts('a1');
    const snapshot = await takeSnapshot('ws-other', db, 'scheduled', NOW);
    const seq = await lastChangeSeq(db);
    await expect(
      restoreSnapshotCommand(fixedContext(db, NOW), {
        workspaceId: 'ws-1',
        snapshotId: snapshot.id,
        takenLabel: 'then',
      }),
    ).rejects.toThrow('That snapshot no longer exists');
    expect(await changesSince(db, seq)).toEqual([]);
  });
});

describe('snapshot upkeep', () => {
  it('takes a scheduled snapshot when one is due by the context’s clock', async () => {
    const db = await withAccounts('a1');
    expect(await takeScheduledSnapshot(fixedContext(db, NOW), 'ws-1')).toMatchObject({
      reason: 'scheduled',
      takenAt: NOW,
    });
    expect(await takeScheduledSnapshot(fixedContext(db, NOW), 'ws-1')).toBeNull();
    expect(await takeScheduledSnapshot(fixedContext(db, LATER), 'ws-1')).not.toBeNull();
  });

  it('drops the snapshots of deleted workspaces only', async () => {
    const db = await withAccounts('a1');
    await takeSnapshot('ws-live', db, 'scheduled', NOW);
    await takeSnapshot('ws-gone', db, 'scheduled', NOW);
    expect(await dropSnapshotsOfDeletedWorkspaces(['ws-live'])).toBe(1);
    expect(await listSnapshots('ws-live')).toHaveLength(1);
    expect(await listSnapshots('ws-gone')).toEqual([]);
  });
});
