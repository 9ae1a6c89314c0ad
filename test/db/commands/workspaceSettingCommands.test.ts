import { describe, expect, it } from 'vitest';
import { setWorkspaceSettingCommand } from '../../../src/commands/settingCommands';
import { changesSince, lastChangeSeq } from '../../../src/db/changeQueries';
import { getSetting, putDeviceSetting } from '../../../src/db/settingsRepo';
import { ACCOUNTS_TABLE_LAYOUT_KEY } from '../../../src/domain/accountsTableLayout';
import { REQUIRED_APPROVALS_KEY } from '../../../src/domain/icp/signOffGuards';
import { freshDb } from '../freshDb';
import { logged } from '../loggedChanges';
import { fixedContext } from './fixedContext';

const NOW = '2026-03-31T12:00:00.000Z';

describe('workspace settings', () => {
  it('saves a workspace setting at the context’s time, logged, with no Undo', async () => {
    const db = freshDb();
    const seq = await lastChangeSeq(db);
    const outcome = await setWorkspaceSettingCommand(fixedContext(db, NOW), {
      key: REQUIRED_APPROVALS_KEY,
      value: 3,
    });
    expect(outcome.undo).toBeUndefined();
    expect(await getSetting(db, REQUIRED_APPROVALS_KEY)).toBe(3);
    expect(await db.settings.get(REQUIRED_APPROVALS_KEY)).toMatchObject({ updatedAt: NOW });
    expect(logged(await changesSince(db, seq))).toEqual([
      `settings ${REQUIRED_APPROVALS_KEY} put local`,
    ]);
  });

  it('refuses a device key, which is this browser’s and not the workspace’s', async () => {
    const db = freshDb();
    await expect(
      setWorkspaceSettingCommand(fixedContext(db, NOW), {
        key: ACCOUNTS_TABLE_LAYOUT_KEY,
        value: {},
      }),
    ).rejects.toThrow('is not a workspace setting');
    expect(await db.deviceSettings.count()).toBe(0);
  });

  it('writes a device setting unlogged, and refuses a workspace key there', async () => {
    const db = freshDb();
    const seq = await lastChangeSeq(db);
    await putDeviceSetting(db, ACCOUNTS_TABLE_LAYOUT_KEY, { sort: [] }, NOW);
    expect(await getSetting(db, ACCOUNTS_TABLE_LAYOUT_KEY)).toEqual({ sort: [] });
    expect(await changesSince(db, seq)).toEqual([]);
    await expect(putDeviceSetting(db, REQUIRED_APPROVALS_KEY, 2, NOW)).rejects.toThrow(
      'is not a device setting',
    );
    expect(await getSetting(db, REQUIRED_APPROVALS_KEY)).toBeUndefined();
  });
});
