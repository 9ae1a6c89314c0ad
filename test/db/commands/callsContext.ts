import type { CommandContext } from '../../../src/commands/context';
import type { UndoReport } from '../../../src/commands/outcome';
import { changesSince, lastChangeSeq } from '../../../src/db/changeQueries';
import type { WorkspaceDb } from '../../../src/db/schema';
import { logged } from '../loggedChanges';

export const COMMAND_AT = '2026-05-01T09:00:00.000Z';
export const EDITED_AT = '2026-05-02T09:00:00.000Z';

/** A context with a fixed clock and ids new-1, new-2, …, so a test can name what it creates. */
export function fixedContext(db: WorkspaceDb): CommandContext {
  let next = 0;
  return { db, now: () => COMMAND_AT, newId: () => `new-${++next}`, actor: 'me' };
}

/** Runs `act` and returns what it resolved to and the change-log entries it wrote. */
export async function logging<T>(
  db: WorkspaceDb,
  act: () => Promise<T>,
): Promise<{ value: T; written: string[] }> {
  const before = await lastChangeSeq(db);
  const value = await act();
  return { value, written: logged(await changesSince(db, before)) };
}

/** The change-log entries `act` wrote. */
export async function loggedBy(db: WorkspaceDb, act: () => Promise<unknown>): Promise<string[]> {
  return (await logging(db, act)).written;
}

/** The outcome's Undo; fails the test when the command offers none. */
export function undoOf(outcome: { undo?: () => Promise<UndoReport> }): () => Promise<UndoReport> {
  if (!outcome.undo) throw new Error('The command offers no Undo.');
  return outcome.undo;
}

/** A stored record that the test needs to exist. */
export async function stored<T>(read: Promise<T | undefined>): Promise<T> {
  const record = await read;
  if (record === undefined) throw new Error('The record is not stored.');
  return record;
}
