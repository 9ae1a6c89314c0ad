import type { UndoneOrKept } from '../db/recordUndo';
import type { UndoReport } from './outcome';

/** "The finding was edited since, so it was kept as edited." */
export const editedSince = (what: string) =>
  `The ${what} was edited since, so it was kept as edited.`;

/** The report of an Undo of one record: `done` when it reverted, `kept` when it left it alone. */
export function undoReport(outcome: UndoneOrKept, done: string, kept: string): UndoReport {
  return outcome === 'undone' ? { message: done, kept: 0 } : { message: kept, kept: 1 };
}
