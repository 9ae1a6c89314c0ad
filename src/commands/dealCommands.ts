import { deleteDeal, restoreDeal, saveDeal, type DealInput } from '../db/dealsRepo';
import type { Deal } from '../domain/schemas/deal';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import { restoreReport, restoreUnlessBack, undoReport, undoSave, markedWrite } from './recordUndo';

export interface SaveDealInput {
  accountId: string;
  /** Null for a new deal. */
  id: string | null;
  input: DealInput;
}

const named = (deal: Pick<Deal, 'name'>) => (deal.name ? `deal ${deal.name}` : 'deal');

/** Saves the deal form, new or edited. Its Undo reverts the save unless edited since. */
export async function saveDealCommand(
  ctx: CommandContext,
  { accountId, id, input }: SaveDealInput,
): Promise<CommandOutcome<Deal>> {
  const { db } = ctx;
  const { result: value, seq } = await markedWrite(db, [db.deals], async () => {
    const before = id ? await db.deals.get(id) : undefined;
    return { before, saved: await saveDeal(db, accountId, input, id, ctx.now(), ctx.newId()) };
  });
  const { before, saved } = value;
  return {
    result: saved,
    message: `${before ? 'Saved' : 'Added'} ${named(saved)}`,
    undo: async () => {
      const kept = await undoSave(db, db.deals, saved, before, seq);
      const done = before
        ? `The ${named(saved)} is back to how it was.`
        : `Removed ${named(saved)}.`;
      return undoReport(kept, done, 'deal');
    },
  };
}

/** Deletes a deal. Its Undo puts it back, unless a deal with its id exists again. */
export async function deleteDealCommand(
  ctx: CommandContext,
  deal: Pick<Deal, 'id' | 'name'>,
): Promise<CommandOutcome<Deal | null>> {
  const { db } = ctx;
  const removed = await deleteDeal(db, deal.id);
  if (!removed) return { result: null, message: `The ${named(deal)} was already deleted.` };
  return {
    result: removed,
    message: `Deleted ${named(deal)}`,
    undo: async () => {
      const kept = await restoreUnlessBack(db, db.deals, removed.id, () =>
        restoreDeal(db, removed),
      );
      return restoreReport(kept, `The ${named(removed)} is back.`, 'deal');
    },
  };
}
