import { describe, expect, it } from 'vitest';
import { applyCohortsCommand } from '../../src/commands/cohortCommands';
import { commandContext } from '../../src/commands/context';
import { applyCohortSuggestions, loadCohortInputs, restoreCohorts } from '../../src/db/cohortsRepo';
import { changesSince, lastChangeSeq } from '../../src/db/changeQueries';
import { WorkspaceDb } from '../../src/db/schema';
import { getSetting, putSetting } from '../../src/db/settingsRepo';
import {
  COHORT_THRESHOLDS_SETTING_KEY,
  DEFAULT_COHORT_THRESHOLDS,
  applySuggestions,
  suggestCohorts,
} from '../../src/domain/cohortRules';
import type { Account } from '../../src/domain/schemas/account';
import type { Deal } from '../../src/domain/schemas/deal';
import { accountRecord, dealRecord } from '../fixtures/records';
import { freshDb } from './freshDb';

const TODAY = '2026-04-15';
const CREATED = '2026-01-01T00:00:00.000Z';
const APPLIED = '2026-04-15T09:00:00.000Z';
const UNDONE = '2026-04-15T09:00:05.000Z';

function account(id: string, fields: Partial<Account> = {}): Account {
  return accountRecord({ id, createdAt: CREATED, updatedAt: CREATED, ...fields });
}

function lostDeal(id: string, accountId: string): Deal {
  return dealRecord({ id, createdAt: CREATED, updatedAt: CREATED, accountId, stage: 'lost' });
}

/** Every account here is one the rules would move; only those the user owns must stay put. */
const accounts: Account[] = [
  account('churned-new', { customerSince: '2024-01-01', churnedAt: '2026-02-01' }),
  account('churned-stale', {
    customerSince: '2024-01-01',
    churnedAt: '2026-03-01',
    cohort: 'power_user',
    cohortSource: 'rule',
  }),
  account('churned-manual', {
    customerSince: '2024-01-01',
    churnedAt: '2026-03-01',
    cohort: 'power_user',
    cohortSource: 'manual',
  }),
  account('churned-imported', {
    customerSince: '2024-01-01',
    churnedAt: '2026-03-01',
    cohort: 'emerging_promoter',
    cohortSource: null,
  }),
  account('lost', {}),
];
const deals = [lostDeal('d1', 'lost')];

async function seeded() {
  const db = freshDb();
  await db.accounts.bulkAdd(structuredClone(accounts));
  await db.deals.bulkAdd(structuredClone(deals));
  return db;
}

async function changesFor(db: WorkspaceDb) {
  const inputs = await loadCohortInputs(db);
  const suggestions = suggestCohorts(
    inputs.accounts,
    inputs.deals,
    DEFAULT_COHORT_THRESHOLDS,
    TODAY,
  );
  return applySuggestions(inputs.accounts, suggestions);
}

const sortedById = (list: readonly Account[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

const byId = async (db: WorkspaceDb) =>
  new Map((await db.accounts.toArray()).map((a) => [a.id, a]));

describe('applyCohortSuggestions', () => {
  it('writes cohort, source and updatedAt in one go and leaves cohorts the user set alone', async () => {
    const db = await seeded();
    const before = await applyCohortSuggestions(db, await changesFor(db), APPLIED);

    expect(before.map((image) => image.accountId).sort()).toEqual(
      ['churned-new', 'churned-stale', 'lost'].sort(),
    );
    const stored = await byId(db);
    for (const id of ['churned-new', 'churned-stale']) {
      expect(stored.get(id)).toMatchObject({
        cohort: 'churner',
        cohortSource: 'rule',
        updatedAt: APPLIED,
      });
    }
    expect(stored.get('lost')).toMatchObject({ cohort: 'lost_deal', cohortSource: 'rule' });
    expect(stored.get('churned-manual')).toEqual(accounts[2]);
    expect(stored.get('churned-imported')).toEqual(accounts[3]);
  });

  it('refuses a change for an account the user set by hand after the suggestions were made', async () => {
    const db = await seeded();
    const changes = await changesFor(db);
    await db.accounts.update('churned-new', { cohort: 'lost_deal', cohortSource: 'manual' });
    // A forged change for a manual account is refused too: the check happens at the write.
    const manual = accounts.find((a) => a.id === 'churned-manual');
    if (!manual) throw new Error('fixture missing');
    const forged: Account = { ...manual, cohort: 'churner', cohortSource: 'rule' };

    const before = await applyCohortSuggestions(db, [...changes, forged], APPLIED);

    expect(before.map((image) => image.accountId)).not.toContain('churned-new');
    expect(before.map((image) => image.accountId)).not.toContain('churned-manual');
    const stored = await byId(db);
    expect(stored.get('churned-new')).toMatchObject({
      cohort: 'lost_deal',
      cohortSource: 'manual',
    });
    expect(stored.get('churned-manual')).toEqual(accounts[2]);
  });

  it('writes nothing when one write fails', async () => {
    const db = await seeded();
    const changes = await changesFor(db);
    db.accounts.hook('updating', (_changes, key) => {
      if (key === 'lost') throw new Error('disk full');
    });
    await expect(applyCohortSuggestions(db, changes, APPLIED)).rejects.toThrow('disk full');
    expect(await db.accounts.orderBy('id').toArray()).toEqual(sortedById(accounts));
  });
});

describe('restoreCohorts', () => {
  it('undo restores every account exactly as it was', async () => {
    const db = await seeded();
    const before = await applyCohortSuggestions(db, await changesFor(db), APPLIED);

    expect(await restoreCohorts(db, before, UNDONE)).toEqual({ restored: 3, kept: 0 });

    expect(await db.accounts.orderBy('id').toArray()).toEqual(sortedById(accounts));
  });

  it('keeps a cohort the user chose after the apply, and dates other edits to the undo', async () => {
    const db = await seeded();
    const before = await applyCohortSuggestions(db, await changesFor(db), APPLIED);
    await db.accounts.update('churned-new', { cohort: 'power_user', cohortSource: 'manual' });
    await db.accounts.update('lost', { name: 'Renamed', updatedAt: '2026-04-15T09:00:02.000Z' });

    expect(await restoreCohorts(db, before, UNDONE)).toEqual({ restored: 2, kept: 1 });

    const stored = await byId(db);
    expect(stored.get('churned-new')).toMatchObject({
      cohort: 'power_user',
      cohortSource: 'manual',
    });
    expect(stored.get('lost')).toMatchObject({
      name: 'Renamed',
      cohort: null,
      cohortSource: null,
      updatedAt: UNDONE,
    });
    expect(stored.get('churned-stale')).toEqual(accounts[1]);
  });
});

describe('settings', () => {
  it('stores any value under a key and reads it back; a missing key reads as undefined', async () => {
    const db = freshDb();
    expect(await getSetting(db, COHORT_THRESHOLDS_SETTING_KEY)).toBeUndefined();
    const value = { ...DEFAULT_COHORT_THRESHOLDS, promoterNpsMin: 10 };
    await putSetting(db, COHORT_THRESHOLDS_SETTING_KEY, value, APPLIED);
    expect(await getSetting(db, COHORT_THRESHOLDS_SETTING_KEY)).toEqual(value);
    expect(await db.settings.get(COHORT_THRESHOLDS_SETTING_KEY)).toMatchObject({
      updatedAt: APPLIED,
    });
  });
});

describe('applyCohortsCommand', () => {
  it('names what it applied, and its Undo names the cohorts it kept', async () => {
    const db = await seeded();
    const start = await lastChangeSeq(db);
    const outcome = await applyCohortsCommand(commandContext(db), await changesFor(db));
    expect(outcome.message).toBe('Applied 3 cohort suggestions');
    const applied = await changesSince(db, start);
    expect(applied).toHaveLength(3);
    expect(new Set(applied.map((c) => `${c.table} ${c.op} ${c.source}`))).toEqual(
      new Set(['accounts put local']),
    );
    await db.accounts.update('churned-new', { cohort: 'power_user', cohortSource: 'manual' });
    const beforeUndo = await lastChangeSeq(db);
    expect(await outcome.undo?.()).toEqual({
      message:
        'Restored 2 previous cohorts. 1 account’s cohort edited since then was kept as edited.',
      kept: 1,
    });
    const undone = await changesSince(db, beforeUndo);
    expect(undone.map((c) => `${c.table} ${c.op} ${c.source}`)).toEqual([
      'accounts put undo',
      'accounts put undo',
    ]);
  });
});
