import { contactSchema, type Contact } from '../domain/schemas/contact';
import { withSource } from './changeLog';
import type { WorkspaceDb } from './schema';
import { checked } from './checked';

export type ContactInput = Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'accountId'>;

export async function listContactsForAccount(
  db: WorkspaceDb,
  accountId: string,
): Promise<Contact[]> {
  const contacts = await db.contacts.where('accountId').equals(accountId).toArray();
  return contacts.sort((a, b) => a.name.localeCompare(b.name));
}

export async function saveContact(
  db: WorkspaceDb,
  accountId: string,
  input: ContactInput,
  id: string | null,
  now = new Date().toISOString(),
): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = id ? await db.contacts.get(id) : undefined;
    if (id && !existing) throw new Error('That contact no longer exists.');
    const contact = checked(contactSchema, {
      createdAt: now,
      ...existing,
      ...input,
      id: id ?? crypto.randomUUID(),
      accountId,
      updatedAt: now,
    });
    await db.contacts.put(contact);
    return contact;
  });
}

export async function deleteContact(db: WorkspaceDb, id: string): Promise<Contact | undefined> {
  return db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(id);
    await db.contacts.delete(id);
    return contact;
  });
}

export async function restoreContact(db: WorkspaceDb, contact: Contact): Promise<void> {
  await withSource(db, 'undo', [db.contacts], () => db.contacts.put(contact));
}
