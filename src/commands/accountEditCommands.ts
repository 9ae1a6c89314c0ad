import {
  createAccount,
  setAccountCohort,
  updateAccount,
  type AccountInput,
} from '../db/accountsRepo';
import type { Account } from '../domain/schemas/account';
import { COHORT_SINGULAR, type Cohort } from '../domain/schemas/cohort';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import { commandAdding, commandEditing } from './recordCommands';
import { markedWrite, revertUnlessEdited, undoReport } from './recordUndo';

/** Adds an account by hand. Its Undo removes it again, unless it was edited since. */
export const createAccountCommand = commandAdding((db) => db.accounts, createAccount, {
  what: 'account',
  message: (account) => `Added account “${account.name}”.`,
  undone: (account) => `Account “${account.name}” removed.`,
});

export interface UpdateAccountInput {
  id: string;
  input: AccountInput;
}

/** Saves the account form. Its Undo puts the account back as it was, unless edited since. */
export const updateAccountCommand = commandEditing(
  (db) => db.accounts,
  ({ id }: UpdateAccountInput) => id,
  (db, { id, input }, now) => updateAccount(db, id, input, now),
  () => ({
    what: 'account',
    missing: 'That account no longer exists.',
    message: (account) => `Saved account “${account.name}”.`,
    undone: (account) => `Account “${account.name}” is back to how it was.`,
  }),
);

export interface SetCohortInput {
  account: Pick<Account, 'id' | 'name'>;
  cohort: Cohort | null;
}

/**
 * Sets an account's cohort by hand (marked manual, so rule suggestions never overwrite it). Its
 * Undo puts the previous cohort back, unless the account was edited since.
 */
export async function setAccountCohortCommand(
  ctx: CommandContext,
  { account, cohort }: SetCohortInput,
): Promise<CommandOutcome<null>> {
  const { db } = ctx;
  const { result: before, seq } = await markedWrite(db, [db.accounts], async () => {
    const stored = await db.accounts.get(account.id);
    await setAccountCohort(db, account.id, cohort, ctx.now());
    return stored;
  });
  const label = cohort ? COHORT_SINGULAR[cohort] : 'no cohort';
  return {
    result: null,
    message: `“${account.name}” is now ${label}.`,
    undo: async () => {
      const kept = before
        ? await revertUnlessEdited(db, [db.accounts], 'accounts', account.id, seq, () =>
            db.accounts.update(account.id, {
              cohort: before.cohort,
              cohortSource: before.cohortSource,
              updatedAt: before.updatedAt,
            }),
          )
        : false;
      return undoReport(kept, `The cohort of “${account.name}” is back.`, 'account');
    },
  };
}
