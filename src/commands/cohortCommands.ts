import { applyCohortSuggestions, restoreCohorts } from '../db/cohortsRepo';
import type { Account } from '../domain/schemas/account';
import type { CommandContext } from './context';
import { keptSentence, type CommandOutcome } from './outcome';

const cohorts = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * Applies the cohort rules' suggestions (never over a cohort set by hand). Its Undo puts the
 * previous cohorts back, except on accounts whose cohort changed again since.
 */
export async function applyCohortsCommand(
  ctx: CommandContext,
  changedAccounts: readonly Account[],
): Promise<CommandOutcome<number>> {
  const before = await applyCohortSuggestions(ctx.db, changedAccounts, ctx.now());
  return {
    result: before.length,
    message: `Applied ${cohorts(before.length, 'cohort suggestion')}`,
    undo: async () => {
      const { restored, kept } = await restoreCohorts(ctx.db, before, ctx.now());
      const keptText = keptSentence(kept, ['account’s cohort', 'accounts’ cohorts'], 'then');
      return {
        message: [`Restored ${cohorts(restored, 'previous cohort')}.`, keptText]
          .filter(Boolean)
          .join(' '),
        kept,
      };
    },
  };
}
