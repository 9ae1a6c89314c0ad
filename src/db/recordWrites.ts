import type { InsertType, Table } from 'dexie';
import type { z } from 'zod';
import { checked } from './checked';
import type { WorkspaceDb } from './schema';
import { newId } from './workspaceRegistry';

/** A table keyed by a string `id`: what EntityTable<T, 'id'> is once T is known. */
type Store<T extends { id: string }> = Table<T, string, InsertType<T, 'id'>>;

/**
 * Writes a record built from the stored one (none when `id` is null: a new record), checked
 * against its schema. Read and write share one transaction, so an edit in another tab cannot
 * slip between them; `missing` is the error when `id` names a record that is gone.
 */
export function saveChecked<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  schema: z.ZodType<T>,
  id: string | null,
  missing: string,
  build: (existing: T | undefined) => unknown,
): Promise<T> {
  return db.transaction('rw', table, async () => {
    const existing = id ? await table.get(id) : undefined;
    if (id && !existing) throw new Error(missing);
    const record = checked(schema, build(existing));
    await table.put(record);
    return record;
  });
}

/**
 * The repository write that adds one record: `fields` makes it from the input, and it gets its
 * id and time stamps and is checked against its schema before it is added, so a bad value fails
 * here and not in a later read.
 */
export function recordAdder<I, T extends { id: string }>(
  table: (db: WorkspaceDb) => Store<T>,
  schema: z.ZodType<T>,
  fields: (input: I) => object,
): (db: WorkspaceDb, input: I, now: string, id?: string) => Promise<T> {
  return async (db, input, now, id = newId()) => {
    const record = checked(schema, { ...fields(input), id, createdAt: now, updatedAt: now });
    await table(db).add(record);
    return record;
  };
}

/** Deletes a record and returns what it was (undefined when already gone), for an Undo. */
export function deleteReturning<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  id: string,
): Promise<T | undefined> {
  return db.transaction('rw', table, async () => {
    const record = await table.get(id);
    if (record) await table.delete(id);
    return record;
  });
}

/** saveChecked for a record that must already exist: `edit` gets it as stored. */
export function modifyChecked<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  schema: z.ZodType<T>,
  id: string,
  missing: string,
  edit: (current: T) => unknown,
): Promise<T> {
  // With an id, saveChecked throws `missing` before building when nothing is stored.
  return saveChecked(db, table, schema, id, missing, (current) => edit(current as T));
}

interface AccountRecordSave {
  accountId: string;
  /** The form's fields. */
  input: object;
  /** Null for a new record. */
  id: string | null;
  now: string;
  /** The error when `id` names a record that is gone. */
  missing: string;
  /** What a new record starts with where the form does not edit it; an edit keeps the stored. */
  defaults?: object;
  /** The id a new record gets; a fresh one when not given. */
  newId?: string;
}

/** Saves a record of an account (a contact, a deal) as its form left it, new or edited. */
export function saveAccountRecord<T extends { id: string }>(
  db: WorkspaceDb,
  table: Store<T>,
  schema: z.ZodType<T>,
  { accountId, input, id, now, missing, defaults = {}, newId }: AccountRecordSave,
): Promise<T> {
  return saveChecked(db, table, schema, id, missing, (existing) => ({
    ...defaults,
    createdAt: now,
    ...existing,
    ...input,
    id: id ?? newId ?? crypto.randomUUID(),
    accountId,
    updatedAt: now,
  }));
}
