import { deleteDeal, saveDeal, type DealInput } from '../db/dealsRepo';
import type { Deal } from '../domain/schemas/deal';
import { commandDeleting, commandSaving } from './recordCommands';

export interface SaveDealInput {
  accountId: string;
  /** Null for a new deal. */
  id: string | null;
  input: DealInput;
}

const named = (deal: Pick<Deal, 'name'>) => (deal.name ? `deal ${deal.name}` : 'deal');

/** Saves the deal form, new or edited. Its Undo reverts the save unless edited since. */
export const saveDealCommand = commandSaving(
  (db) => db.deals,
  (db, { accountId, id, input }: SaveDealInput, now, newId) =>
    saveDeal(db, accountId, input, id, now, newId),
  {
    what: 'deal',
    message: ({ saved, before }) => `${before ? 'Saved' : 'Added'} ${named(saved)}`,
    undone: ({ saved, before }) =>
      before ? `The ${named(saved)} is back to how it was.` : `Removed ${named(saved)}.`,
  },
);

/** Deletes a deal. Its Undo puts it back, unless a deal with its id exists again. */
export const deleteDealCommand = commandDeleting(
  (db) => db.deals,
  (db, deal: Pick<Deal, 'id' | 'name'>) => deleteDeal(db, deal.id),
  {
    what: 'deal',
    message: (removed) => `Deleted ${named(removed)}`,
    undone: (removed) => `The ${named(removed)} is back.`,
    gone: (deal) => `The ${named(deal)} was already deleted.`,
  },
);
