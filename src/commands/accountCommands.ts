import { mergeAccounts } from '../db/accountMergeRepo';
import type { Account } from '../domain/schemas/account';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';

export interface MergeAccountsInput {
  keep: Pick<Account, 'id' | 'name'>;
  merge: Pick<Account, 'id' | 'name'>;
}

/**
 * Merges one account into another: deals, contacts, interviews and quotes move, blanks are
 * filled, the merged account goes. Its Undo brings the merged account back and moves back what
 * nobody edited since.
 */
export async function mergeAccountsCommand(
  ctx: CommandContext,
  { keep, merge }: MergeAccountsInput,
): Promise<CommandOutcome<null>> {
  const { undo } = await mergeAccounts(ctx.db, keep.id, merge.id, ctx.now());
  return {
    result: null,
    message: `Merged “${merge.name}” into “${keep.name}”.`,
    undo: async () => {
      const { keptAsEdited, message } = await undo();
      return {
        message: [`“${merge.name}” is back.`, message].filter(Boolean).join(' '),
        kept: keptAsEdited,
      };
    },
  };
}
