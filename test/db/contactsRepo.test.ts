import { describe, expect, it } from 'vitest';
import {
  deleteContact,
  listContactsForAccount,
  saveContact,
  type ContactInput,
} from '../../src/db/contactsRepo';
import { freshDb } from './freshDb';
import { restoreDeleted } from '../../src/db/recordUndo';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

const input = (overrides: Partial<ContactInput> = {}): ContactInput => ({
  name: 'Dana Whitfield',
  title: 'CFO',
  email: 'dana@acme.com',
  buyingRole: 'economic_buyer',
  ...overrides,
});

describe('saveContact', () => {
  it('adds a new contact to the account with a fresh id and both timestamps', async () => {
    const db = freshDb();
    const dana = await saveContact(db, 'acme', input({ name: '  Dana Whitfield ' }), null, AT);
    expect(dana).toMatchObject({
      accountId: 'acme',
      name: 'Dana Whitfield',
      title: 'CFO',
      email: 'dana@acme.com',
      buyingRole: 'economic_buyer',
      createdAt: AT,
      updatedAt: AT,
    });
    const sam = await saveContact(db, 'acme', input({ name: 'Sam Okafor' }), null, AT);
    expect(sam.id).not.toBe(dana.id);
    expect(await db.contacts.get(dana.id)).toEqual(dana);
  });

  it('edits an existing contact in place, keeping when it was created', async () => {
    const db = freshDb();
    const dana = await saveContact(db, 'acme', input(), null, AT);
    const edited = await saveContact(
      db,
      'acme',
      input({ title: 'Chief Financial Officer', email: null, buyingRole: 'champion' }),
      dana.id,
      LATER,
    );
    expect(edited).toEqual({
      ...dana,
      title: 'Chief Financial Officer',
      email: null,
      buyingRole: 'champion',
      updatedAt: LATER,
    });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.contacts.get(dana.id)).toEqual(edited);
  });

  it('says so when the contact was deleted meanwhile, and does not recreate it', async () => {
    const db = freshDb();
    await expect(saveContact(db, 'acme', input(), 'gone', LATER)).rejects.toThrow(
      'That contact no longer exists.',
    );
    expect(await db.contacts.count()).toBe(0);
  });

  it.each([
    [{ name: ' ' }, 'Name is required.'],
    [{ email: 'dana@' }, 'Email must look like name@company.com.'],
    [{ title: 'x'.repeat(201) }, 'Title is longer than 200 characters.'],
  ])('refuses %o with “%s” and stores nothing', async (patch, message) => {
    const db = freshDb();
    await expect(saveContact(db, 'acme', input(patch), null, AT)).rejects.toThrow(message);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a contact without an account', async () => {
    const db = freshDb();
    await expect(saveContact(db, '', input(), null, AT)).rejects.toThrow(
      'A contact belongs to an account.',
    );
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('listContactsForAccount', () => {
  it('lists only that account’s contacts, by name', async () => {
    const db = freshDb();
    await saveContact(db, 'acme', input({ name: 'Zoë Park' }), null, AT);
    await saveContact(db, 'acme', input({ name: 'Ana Lima' }), null, AT);
    await saveContact(db, 'globex', input({ name: 'Bo Chen' }), null, AT);
    expect((await listContactsForAccount(db, 'acme')).map((c) => c.name)).toEqual([
      'Ana Lima',
      'Zoë Park',
    ]);
    expect(await listContactsForAccount(db, 'initech')).toEqual([]);
  });
});

describe('deleteContact', () => {
  it('deletes a contact and Undo puts it back exactly as it was', async () => {
    const db = freshDb();
    const dana = await saveContact(db, 'acme', input(), null, AT);
    const deleted = await deleteContact(db, dana.id);
    expect(deleted).toEqual(dana);
    expect(await listContactsForAccount(db, 'acme')).toEqual([]);
    if (!deleted) throw new Error('Expected the deleted contact back.');
    await restoreDeleted(db, db.contacts, deleted);
    expect(await listContactsForAccount(db, 'acme')).toEqual([dana]);
  });

  it('returns nothing when deleting a contact that is already gone', async () => {
    const db = freshDb();
    const dana = await saveContact(db, 'acme', input(), null, AT);
    expect(await deleteContact(db, 'gone')).toBeUndefined();
    expect(await listContactsForAccount(db, 'acme')).toEqual([dana]);
  });
});
