import { describe, expect, it } from 'vitest';
import { deleteContactCommand, saveContactCommand } from '../../../src/commands/contactCommands';
import { deleteDealCommand, saveDealCommand } from '../../../src/commands/dealCommands';
import type { ContactInput } from '../../../src/db/contactsRepo';
import type { DealInput } from '../../../src/db/dealsRepo';
import { accountRecord, contactRecord, dealRecord } from '../../fixtures/records';
import { freshDb } from '../freshDb';
import { COMMAND_AT, EDITED_AT, fixedContext, loggedBy, logging, undoOf } from './callsContext';

const contactInput: ContactInput = { name: 'Dana', title: 'CFO', email: null, buyingRole: null };
const dealInput: DealInput = {
  name: 'Renewal',
  stage: 'open',
  amount: 100,
  createdOn: null,
  closedOn: null,
  lossReason: null,
  lossCategory: null,
};

async function seeded() {
  const db = freshDb();
  await db.accounts.add(accountRecord({ id: 'acc-1', name: 'Acme' }));
  await db.contacts.add(contactRecord({ id: 'c-1', accountId: 'acc-1', name: 'Lee' }));
  await db.deals.add(dealRecord({ id: 'd-1', accountId: 'acc-1', name: 'Pilot', amount: 5 }));
  return { db, ctx: fixedContext(db) };
}

describe('saveContactCommand', () => {
  it('adds a contact with the context’s id; Undo removes it', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      saveContactCommand(ctx, {
        accountId: 'acc-1',
        id: null,
        input: contactInput,
      }),
    );
    expect(outcome.message).toBe('Added contact Dana');
    expect(await db.contacts.get('new-1')).toMatchObject({
      name: 'Dana',
      accountId: 'acc-1',
      createdAt: COMMAND_AT,
    });
    expect(written).toEqual(['contacts new-1 put local']);
    const undone = await loggedBy(db, async () => {
      expect(await undoOf(outcome)()).toEqual({ message: 'Removed contact Dana.', kept: 0 });
    });
    expect(undone).toEqual(['contacts new-1 delete undo']);
    expect(await db.contacts.get('new-1')).toBeUndefined();
  });

  it('edits a contact; Undo keeps an edit made since and says so', async () => {
    const { db, ctx } = await seeded();
    const outcome = await saveContactCommand(ctx, {
      accountId: 'acc-1',
      id: 'c-1',
      input: contactInput,
    });
    expect(await db.contacts.get('c-1')).toMatchObject({ name: 'Dana', updatedAt: COMMAND_AT });
    await db.contacts.update('c-1', { email: 'dana@acme.test', updatedAt: EDITED_AT });
    const undone = await loggedBy(db, async () => {
      expect(await undoOf(outcome)()).toEqual({
        message: 'The contact was edited since, so it was kept as edited.',
        kept: 1,
      });
    });
    expect(undone).toEqual([]);
    expect(await db.contacts.get('c-1')).toMatchObject({ name: 'Dana', email: 'dana@acme.test' });
  });

  it('Undo of an edit nobody touched since puts the contact back', async () => {
    const { db, ctx } = await seeded();
    const before = await db.contacts.get('c-1');
    const outcome = await saveContactCommand(ctx, {
      accountId: 'acc-1',
      id: 'c-1',
      input: contactInput,
    });
    const undone = await loggedBy(db, async () => {
      expect((await undoOf(outcome)()).kept).toBe(0);
    });
    expect(undone).toEqual(['contacts c-1 put undo']);
    expect(await db.contacts.get('c-1')).toEqual(before);
  });
});

describe('deleteContactCommand', () => {
  it('deletes; Undo restores the contact as it was', async () => {
    const { db, ctx } = await seeded();
    const before = await db.contacts.get('c-1');
    const { value: outcome, written } = await logging(db, () =>
      deleteContactCommand(ctx, { id: 'c-1', name: 'Lee' }),
    );
    expect(outcome.message).toBe('Deleted contact Lee');
    expect(written).toEqual(['contacts c-1 delete local']);
    expect(await db.contacts.get('c-1')).toBeUndefined();
    const undone = await loggedBy(db, async () => {
      expect(await undoOf(outcome)()).toEqual({ message: 'Contact Lee is back.', kept: 0 });
    });
    expect(undone).toEqual(['contacts c-1 put undo']);
    expect(await db.contacts.get('c-1')).toEqual(before);
  });

  it('Undo keeps a contact with the same id that exists again', async () => {
    const { db, ctx } = await seeded();
    const outcome = await deleteContactCommand(ctx, { id: 'c-1', name: 'Lee' });
    await db.contacts.add(contactRecord({ id: 'c-1', accountId: 'acc-1', name: 'Lee Again' }));
    expect((await undoOf(outcome)()).kept).toBe(1);
    expect(await db.contacts.get('c-1')).toMatchObject({ name: 'Lee Again' });
  });

  it('offers no Undo when the contact was already gone', async () => {
    const { db, ctx } = await seeded();
    await db.contacts.delete('c-1');
    const outcome = await deleteContactCommand(ctx, { id: 'c-1', name: 'Lee' });
    expect(outcome.undo).toBeUndefined();
    expect(outcome.message).toBe('Contact Lee was already deleted.');
  });
});

describe('saveDealCommand', () => {
  it('adds a deal with no custom fields; Undo removes it', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      saveDealCommand(ctx, { accountId: 'acc-1', id: null, input: dealInput }),
    );
    expect(outcome.message).toBe('Added deal Renewal');
    expect(await db.deals.get('new-1')).toMatchObject({
      name: 'Renewal',
      customFields: [],
      createdAt: COMMAND_AT,
    });
    expect(written).toEqual(['deals new-1 put local']);
    const undone = await loggedBy(db, async () => {
      expect((await undoOf(outcome)()).kept).toBe(0);
    });
    expect(undone).toEqual(['deals new-1 delete undo']);
    expect(await db.deals.count()).toBe(1);
  });

  it('edits a deal; Undo keeps an edit made since', async () => {
    const { db, ctx } = await seeded();
    const outcome = await saveDealCommand(ctx, { accountId: 'acc-1', id: 'd-1', input: dealInput });
    expect(outcome.message).toBe('Saved deal Renewal');
    await db.deals.update('d-1', { amount: 7, updatedAt: EDITED_AT });
    const report = await undoOf(outcome)();
    expect(report).toEqual({
      message: 'The deal was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect(await db.deals.get('d-1')).toMatchObject({ name: 'Renewal', amount: 7 });
  });

  it('Undo of an untouched edit puts the deal back', async () => {
    const { db, ctx } = await seeded();
    const before = await db.deals.get('d-1');
    const outcome = await saveDealCommand(ctx, { accountId: 'acc-1', id: 'd-1', input: dealInput });
    const undone = await loggedBy(db, () => undoOf(outcome)());
    expect(undone).toEqual(['deals d-1 put undo']);
    expect(await db.deals.get('d-1')).toEqual(before);
  });
});

describe('deleteDealCommand', () => {
  it('deletes; Undo restores the deal, logged as an undo', async () => {
    const { db, ctx } = await seeded();
    const before = await db.deals.get('d-1');
    const { value: outcome, written } = await logging(db, () =>
      deleteDealCommand(ctx, { id: 'd-1', name: 'Pilot' }),
    );
    expect(outcome.message).toBe('Deleted deal Pilot');
    expect(written).toEqual(['deals d-1 delete local']);
    const undone = await loggedBy(db, async () => {
      expect(await undoOf(outcome)()).toEqual({ message: 'The deal Pilot is back.', kept: 0 });
    });
    expect(undone).toEqual(['deals d-1 put undo']);
    expect(await db.deals.get('d-1')).toEqual(before);
  });

  it('names an unnamed deal as the toast did: "Deleted deal"', async () => {
    const { db, ctx } = await seeded();
    await db.deals.add(dealRecord({ id: 'd-2', accountId: 'acc-1' }));
    expect((await deleteDealCommand(ctx, { id: 'd-2', name: null })).message).toBe('Deleted deal');
  });
});
