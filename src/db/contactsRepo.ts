import { contactSchema, type Contact } from '../domain/schemas/contact';
import type { WorkspaceDb } from './schema';
import { deleteReturning, saveAccountRecord } from './recordWrites';

export type ContactInput = Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'accountId'>;

export async function listContactsForAccount(
  db: WorkspaceDb,
  accountId: string,
): Promise<Contact[]> {
  const contacts = await db.contacts.where('accountId').equals(accountId).toArray();
  return contacts.sort((a, b) => a.name.localeCompare(b.name));
}

export function saveContact(
  db: WorkspaceDb,
  accountId: string,
  input: ContactInput,
  id: string | null,
  now = new Date().toISOString(),
  newId?: string,
): Promise<Contact> {
  return saveAccountRecord(db, db.contacts, contactSchema, {
    accountId,
    input,
    id,
    now,
    newId,
    missing: 'That contact no longer exists.',
  });
}

export function deleteContact(db: WorkspaceDb, id: string): Promise<Contact | undefined> {
  return deleteReturning(db, db.contacts, id);
}
