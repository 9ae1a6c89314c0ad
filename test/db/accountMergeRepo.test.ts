import { mergeAccountsCommand } from '../../src/commands/accountCommands';
import { commandContext } from '../../src/commands/context';
import { changesSince, lastChangeSeq } from '../../src/db/changeQueries';
import { logged } from './loggedChanges';
import { afterEach, describe, expect, it } from 'vitest';
import { countMergeRecords, mergeAccounts } from '../../src/db/accountMergeRepo';
import { WorkspaceDb } from '../../src/db/schema';
import type { Highlight } from '../../src/domain/schemas/highlight';
import {
  accountRecord,
  contactRecord,
  dealRecord,
  interviewRecord,
  RECORD_AT,
} from '../fixtures/records';

const MERGED_AT = '2026-03-01T10:00:00.000Z';
const EDITED_AT = '2026-03-02T10:00:00.000Z';

const dbs: WorkspaceDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

function quote(id: string, interviewId: string, accountId: string): Highlight {
  return {
    id,
    createdAt: RECORD_AT,
    updatedAt: RECORD_AT,
    interviewId,
    accountId,
    codeIds: [],
    traitIds: [],
    anchor: { exact: 'slow', prefix: '', suffix: '', start: 0, end: 4, source: 'notes' },
    speaker: null,
    comment: null,
  };
}

const keep = accountRecord({ id: 'keep', name: 'Harbor Health Partners', arr: 10_000 });
const merge = accountRecord({
  id: 'merge',
  name: 'Harbor Health Partners LLC',
  arr: 99_000,
  industry: 'Healthcare',
  techStack: ['Salesforce'],
  importId: 'imp-1',
});

/** Both accounts, each with one of every related record. */
async function seeded() {
  const db = new WorkspaceDb(`tourbook-merge-test-${crypto.randomUUID()}`);
  dbs.push(db);
  await db.accounts.bulkPut([keep, merge]);
  await db.deals.bulkPut([
    dealRecord({ id: 'd-keep', accountId: 'keep' }),
    dealRecord({ id: 'd-merge', accountId: 'merge' }),
  ]);
  await db.contacts.bulkPut([
    contactRecord({ id: 'c-keep', accountId: 'keep' }),
    contactRecord({ id: 'c-merge', accountId: 'merge' }),
  ]);
  await db.interviews.bulkPut([
    interviewRecord({ id: 'i-keep', accountId: 'keep' }),
    interviewRecord({ id: 'i-merge', accountId: 'merge' }),
  ]);
  await db.highlights.bulkPut([
    quote('q-keep', 'i-keep', 'keep'),
    quote('q-merge-1', 'i-merge', 'merge'),
    quote('q-merge-2', 'i-merge', 'merge'),
  ]);
  return db;
}

async function snapshot(db: WorkspaceDb) {
  return {
    accounts: await db.accounts.orderBy('id').toArray(),
    deals: await db.deals.orderBy('id').toArray(),
    contacts: await db.contacts.orderBy('id').toArray(),
    interviews: await db.interviews.orderBy('id').toArray(),
    highlights: await db.highlights.orderBy('id').toArray(),
  };
}

describe('mergeAccounts', () => {
  it('moves deals, contacts, interviews and quotes, fills blanks only, deletes the merged account', async () => {
    const db = await seeded();
    expect(await countMergeRecords(db, 'merge')).toEqual({
      deals: 1,
      contacts: 1,
      interviews: 1,
      quotes: 2,
    });

    const result = await mergeAccounts(db, 'keep', 'merge', MERGED_AT);

    expect(result.moved).toEqual({ deals: 1, contacts: 1, interviews: 1, quotes: 2 });
    expect(await db.accounts.get('merge')).toBeUndefined();
    expect(await countMergeRecords(db, 'merge')).toEqual({
      deals: 0,
      contacts: 0,
      interviews: 0,
      quotes: 0,
    });
    expect(await countMergeRecords(db, 'keep')).toEqual({
      deals: 2,
      contacts: 2,
      interviews: 2,
      quotes: 3,
    });
    expect(await db.accounts.get('keep')).toEqual({
      ...keep,
      // Blanks filled; the kept ARR, name and (absent) import stay.
      industry: 'Healthcare',
      techStack: ['Salesforce'],
      updatedAt: MERGED_AT,
    });
  });

  it('undo restores both accounts and every moved record exactly', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const { undo } = await mergeAccounts(db, 'keep', 'merge', MERGED_AT);

    expect(await undo()).toEqual({ keptAsEdited: 0, message: null });
    expect(await snapshot(db)).toEqual(before);
  });

  it('as a command, names the merge and what its Undo brought back and kept', async () => {
    const db = await seeded();
    const start = await lastChangeSeq(db);
    const outcome = await mergeAccountsCommand(commandContext(db), {
      keep: { id: 'keep', name: 'Harbor Health' },
      merge: { id: 'merge', name: 'Harbor Health LLC' },
    });
    expect(outcome.message).toBe('Merged “Harbor Health LLC” into “Harbor Health”.');
    const merged = logged(await changesSince(db, start));
    // One entry per record written, each once: the moves, the kept account, the merged one gone.
    expect(new Set(merged).size).toBe(merged.length);
    expect(merged).toContain('accounts merge delete local');
    expect(merged).toContain('deals d-merge put local');
    expect(merged.every((entry) => entry.endsWith(' local'))).toBe(true);
    await db.deals.update('d-merge', { amount: 5_000, updatedAt: EDITED_AT });
    const beforeUndo = await lastChangeSeq(db);
    expect(await outcome.undo?.()).toEqual({
      message: '“Harbor Health LLC” is back. 1 record edited since the merge was kept as edited.',
      kept: 1,
    });
    const undone = logged(await changesSince(db, beforeUndo));
    expect(undone).toContain('accounts merge put undo');
    expect(undone.every((entry) => entry.endsWith(' undo'))).toBe(true);
  });

  it('undo keeps records edited since the merge and says how many', async () => {
    const db = await seeded();
    const { undo } = await mergeAccounts(db, 'keep', 'merge', MERGED_AT);
    await db.deals.update('d-merge', { amount: 5_000, updatedAt: EDITED_AT });
    await db.accounts.update('keep', { plan: 'Enterprise', updatedAt: EDITED_AT });

    expect(await undo()).toEqual({
      keptAsEdited: 2,
      message: '2 records edited since the merge were kept as edited.',
    });
    expect(await db.deals.get('d-merge')).toMatchObject({ accountId: 'keep', amount: 5_000 });
    expect(await db.accounts.get('keep')).toMatchObject({
      plan: 'Enterprise',
      industry: 'Healthcare',
    });
    // The rest is restored.
    expect(await db.accounts.get('merge')).toEqual(merge);
    expect(await db.contacts.get('c-merge')).toMatchObject({
      accountId: 'merge',
      updatedAt: RECORD_AT,
    });
    expect(await countMergeRecords(db, 'merge')).toEqual({
      deals: 0,
      contacts: 1,
      interviews: 1,
      quotes: 2,
    });
  });

  it('refuses to merge an account into itself or with a missing account, writing nothing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    await expect(mergeAccounts(db, 'keep', 'keep', MERGED_AT)).rejects.toThrow(
      'An account cannot be merged into itself.',
    );
    await expect(mergeAccounts(db, 'keep', 'gone', MERGED_AT)).rejects.toThrow(
      'The account to merge no longer exists.',
    );
    await expect(mergeAccounts(db, 'gone', 'merge', MERGED_AT)).rejects.toThrow(
      'The account to keep no longer exists.',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
