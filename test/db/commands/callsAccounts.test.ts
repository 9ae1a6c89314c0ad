import { describe, expect, it } from 'vitest';
import {
  createAccountCommand,
  setAccountCohortCommand,
  updateAccountCommand,
} from '../../../src/commands/accountEditCommands';
import type { AccountInput } from '../../../src/db/accountsRepo';
import type { Account } from '../../../src/domain/schemas/account';
import { accountRecord } from '../../fixtures/records';
import { freshDb } from '../freshDb';
import {
  COMMAND_AT,
  EDITED_AT,
  fixedContext,
  loggedBy,
  logging,
  stored,
  undoOf,
} from './callsContext';

function inputOf({ id: _id, createdAt: _c, updatedAt: _u, importId: _i, ...input }: Account) {
  return input satisfies AccountInput;
}

async function seeded() {
  const db = freshDb();
  await db.accounts.add(accountRecord({ id: 'acc-1', name: 'Acme', arr: 1000, cohort: null }));
  return { db, ctx: fixedContext(db) };
}

describe('createAccountCommand', () => {
  it('adds the account with the context’s id and time; Undo removes it', async () => {
    const { db, ctx } = await seeded();
    const input = { ...inputOf(accountRecord({ id: 'x', name: 'Globex' })) };
    const { value: outcome, written } = await logging(db, () => createAccountCommand(ctx, input));
    expect(outcome.message).toBe('Added account “Globex”.');
    expect(await db.accounts.get('new-1')).toMatchObject({
      name: 'Globex',
      createdAt: COMMAND_AT,
      updatedAt: COMMAND_AT,
    });
    expect(written).toEqual(['accounts new-1 put local']);

    const undo = undoOf(outcome);
    const undone = await loggedBy(db, async () => {
      expect(await undo()).toEqual({ message: 'Account “Globex” removed.', kept: 0 });
    });
    expect(undone).toEqual(['accounts new-1 delete undo']);
    expect(await db.accounts.get('new-1')).toBeUndefined();
  });

  it('Undo keeps an account edited since it was added', async () => {
    const { db, ctx } = await seeded();
    const outcome = await createAccountCommand(ctx, inputOf(accountRecord({ id: 'x', name: 'G' })));
    await db.accounts.update('new-1', { arr: 5, updatedAt: EDITED_AT });
    const report = await undoOf(outcome)();
    expect(report.kept).toBe(1);
    expect(report.message).toBe('The account was edited since, so it was kept as edited.');
    expect(await db.accounts.get('new-1')).toMatchObject({ arr: 5 });
  });
});

describe('updateAccountCommand', () => {
  it('saves the form; Undo puts the account back as it was', async () => {
    const { db, ctx } = await seeded();
    const before = await stored(db.accounts.get('acc-1'));
    const input = { ...inputOf(before), arr: 2000 };
    const { value: outcome, written } = await logging(db, () =>
      updateAccountCommand(ctx, { id: 'acc-1', input }),
    );
    expect(outcome.message).toBe('Saved account “Acme”.');
    expect(await db.accounts.get('acc-1')).toMatchObject({ arr: 2000, updatedAt: COMMAND_AT });
    expect(written).toEqual(['accounts acc-1 put local']);

    const undone = await loggedBy(db, async () => {
      expect((await undoOf(outcome)()).kept).toBe(0);
    });
    expect(undone).toEqual(['accounts acc-1 put undo']);
    expect(await db.accounts.get('acc-1')).toEqual(before);
  });

  it('Undo keeps a later edit and says so', async () => {
    const { db, ctx } = await seeded();
    const input = { ...inputOf(await stored(db.accounts.get('acc-1'))), arr: 2000 };
    const outcome = await updateAccountCommand(ctx, { id: 'acc-1', input });
    await db.accounts.update('acc-1', { nps: 9, updatedAt: EDITED_AT });
    const undone = await loggedBy(db, async () => {
      expect(await undoOf(outcome)()).toEqual({
        message: 'The account was edited since, so it was kept as edited.',
        kept: 1,
      });
    });
    expect(undone).toEqual([]);
    expect(await db.accounts.get('acc-1')).toMatchObject({ arr: 2000, nps: 9 });
  });

  it('refuses an account that is gone, writing nothing', async () => {
    const { db, ctx } = await seeded();
    const input = inputOf(await stored(db.accounts.get('acc-1')));
    await db.accounts.delete('acc-1');
    const written = await loggedBy(db, () =>
      expect(updateAccountCommand(ctx, { id: 'acc-1', input })).rejects.toThrow(
        'That account no longer exists.',
      ),
    );
    expect(written).toEqual([]);
  });
});

describe('setAccountCohortCommand', () => {
  it('sets the cohort by hand; Undo puts the previous one back', async () => {
    const { db, ctx } = await seeded();
    const account = { id: 'acc-1', name: 'Acme' };
    const { value: outcome, written } = await logging(db, () =>
      setAccountCohortCommand(ctx, { account, cohort: 'churner' }),
    );
    expect(outcome.message).toBe('“Acme” is now Churner.');
    expect(await db.accounts.get('acc-1')).toMatchObject({
      cohort: 'churner',
      cohortSource: 'manual',
      updatedAt: COMMAND_AT,
    });
    expect(written).toEqual(['accounts acc-1 put local']);

    const undone = await loggedBy(db, async () => {
      expect((await undoOf(outcome)()).kept).toBe(0);
    });
    expect(undone).toEqual(['accounts acc-1 put undo']);
    expect(await db.accounts.get('acc-1')).toMatchObject({ cohort: null, cohortSource: null });
  });

  it('Undo keeps a cohort chosen again since', async () => {
    const { db, ctx } = await seeded();
    const account = { id: 'acc-1', name: 'Acme' };
    const outcome = await setAccountCohortCommand(ctx, { account, cohort: 'churner' });
    await setAccountCohortCommand(ctx, { account, cohort: 'power_user' });
    const report = await undoOf(outcome)();
    expect(report.kept).toBe(1);
    expect(await db.accounts.get('acc-1')).toMatchObject({ cohort: 'power_user' });
  });

  it('says the account is gone when it was deleted', async () => {
    const { db, ctx } = await seeded();
    await db.accounts.delete('acc-1');
    await expect(
      setAccountCohortCommand(ctx, { account: { id: 'acc-1', name: 'Acme' }, cohort: 'churner' }),
    ).rejects.toThrow('That account no longer exists.');
  });
});
