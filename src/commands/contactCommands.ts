import { deleteContact, saveContact, type ContactInput } from '../db/contactsRepo';
import type { Contact } from '../domain/schemas/contact';
import { commandDeleting, commandSaving } from './recordCommands';

export interface SaveContactInput {
  accountId: string;
  /** Null for a new contact. */
  id: string | null;
  input: ContactInput;
}

/** Saves the contact form, new or edited. Its Undo reverts the save unless edited since. */
export const saveContactCommand = commandSaving(
  (db) => db.contacts,
  (db, { accountId, id, input }: SaveContactInput, now, newId) =>
    saveContact(db, accountId, input, id, now, newId),
  {
    what: 'contact',
    message: ({ saved, before }) => `${before ? 'Saved' : 'Added'} contact ${saved.name}`,
    undone: ({ saved, before }) =>
      before ? `Contact ${saved.name} is back to how it was.` : `Removed contact ${saved.name}.`,
  },
);

/** Deletes a contact. Its Undo puts it back, unless a contact with its id exists again. */
export const deleteContactCommand = commandDeleting(
  (db) => db.contacts,
  (db, contact: Pick<Contact, 'id' | 'name'>) => deleteContact(db, contact.id),
  {
    what: 'contact',
    message: (removed) => `Deleted contact ${removed.name}`,
    undone: (removed) => `Contact ${removed.name} is back.`,
    gone: (contact) => `Contact ${contact.name} was already deleted.`,
  },
);
