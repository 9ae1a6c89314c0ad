import { deleteContact, restoreContact, saveContact, type ContactInput } from '../db/contactsRepo';
import type { Contact } from '../domain/schemas/contact';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import { restoreReport, restoreUnlessBack, undoReport, undoSave, markedWrite } from './recordUndo';

export interface SaveContactInput {
  accountId: string;
  /** Null for a new contact. */
  id: string | null;
  input: ContactInput;
}

/** Saves the contact form, new or edited. Its Undo reverts the save unless edited since. */
export async function saveContactCommand(
  ctx: CommandContext,
  { accountId, id, input }: SaveContactInput,
): Promise<CommandOutcome<Contact>> {
  const { db } = ctx;
  const { result: value, seq } = await markedWrite(db, [db.contacts], async () => {
    const before = id ? await db.contacts.get(id) : undefined;
    return { before, saved: await saveContact(db, accountId, input, id, ctx.now(), ctx.newId()) };
  });
  const { before, saved } = value;
  return {
    result: saved,
    message: `${before ? 'Saved' : 'Added'} contact ${saved.name}`,
    undo: async () => {
      const kept = await undoSave(db, db.contacts, saved, before, seq);
      const done = before
        ? `Contact ${saved.name} is back to how it was.`
        : `Removed contact ${saved.name}.`;
      return undoReport(kept, done, 'contact');
    },
  };
}

/** Deletes a contact. Its Undo puts it back, unless a contact with its id exists again. */
export async function deleteContactCommand(
  ctx: CommandContext,
  contact: Pick<Contact, 'id' | 'name'>,
): Promise<CommandOutcome<Contact | null>> {
  const { db } = ctx;
  const removed = await deleteContact(db, contact.id);
  if (!removed) {
    return { result: null, message: `Contact ${contact.name} was already deleted.` };
  }
  return {
    result: removed,
    message: `Deleted contact ${contact.name}`,
    undo: async () => {
      const kept = await restoreUnlessBack(db, db.contacts, removed.id, () =>
        restoreContact(db, removed),
      );
      return restoreReport(kept, `Contact ${removed.name} is back.`, 'contact');
    },
  };
}
