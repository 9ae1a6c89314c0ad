/**
 * Commands: every user operation that changes workspace data. A command is a plain async
 * function of a context and its input; it checks the input, writes in one transaction and returns
 * what it did with its Undo. Components call commands through useCommand (src/app), never the
 * database directly. May import src/db and src/domain; never React or a feature.
 */
import type { WorkspaceDb } from '../db/schema';

export interface CommandContext {
  db: WorkspaceDb;
  /** ISO time; the one clock commands read, so tests can fix it. */
  now(): string;
  newId(): string;
  /** Who acts: "me" on a device of one, a signed-in member once workspaces are shared. */
  actor: string;
}

export function commandContext(db: WorkspaceDb, actor = 'me'): CommandContext {
  return {
    db,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    actor,
  };
}
