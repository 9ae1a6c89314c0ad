import type { CommandContext } from '../../../src/commands/context';
import type { WorkspaceDb } from '../../../src/db/schema';

/** A command context whose clock reads `at` and whose ids count up from `${prefix}-1`. */
export function fixedContext(db: WorkspaceDb, at: string, prefix = 'id'): CommandContext {
  let n = 0;
  return { db, now: () => at, newId: () => `${prefix}-${++n}`, actor: 'me' };
}
