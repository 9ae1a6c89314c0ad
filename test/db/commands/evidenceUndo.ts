import type { CommandOutcome, UndoReport } from '../../../src/commands/outcome';
import { changesSince, lastChangeSeq } from '../../../src/db/changeQueries';
import type { WorkspaceDb } from '../../../src/db/schema';
import { logged } from '../loggedChanges';

/** Runs the outcome's Undo and returns its report with what the log says it wrote. */
export async function undone(db: WorkspaceDb, outcome: CommandOutcome<unknown>) {
  const undo = outcome.undo;
  if (!undo) throw new Error('The command offered no Undo.');
  const seq = await lastChangeSeq(db);
  const report: UndoReport = await undo();
  return { report, log: logged(await changesSince(db, seq)) };
}

/** Runs `write` and returns its result with what the log says it wrote. */
export async function loggedWrite<R>(db: WorkspaceDb, write: () => Promise<R>) {
  const seq = await lastChangeSeq(db);
  const result = await write();
  return { result, log: logged(await changesSince(db, seq)) };
}
