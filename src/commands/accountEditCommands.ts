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
import { revertUnlessEdited, undoReport, undoSave, markedWrite } from './recordUndo';

/** Adds an account by hand. Its Undo removes it again, unless it was edited since. */
export async function createAccountCommand(
  ctx: CommandContext,
  input: AccountInput,
): Promise<CommandOutcome<Account>> {
  const { db } = ctx;
  const { result: account, seq } = await markedWrite(db, [db.accounts], () =>
    createAccount(db, input, ctx.now(), ctx.newId()),
  );
  return {
    result: account,
    message: `Added account “${account.name}”.`,
    undo: async () => {
      const kept = await undoSave(db, db.accounts, account, undefined, seq);
      return undoReport(kept, `Account “${account.name}” removed.`, 'account');
    },
  };
}

export interface UpdateAccountInput {
  id: string;
  input: AccountInput;
}

/** Saves the account form. Its Undo puts the account back as it was, unless edited since. */
export async function updateAccountCommand(
  ctx: CommandContext,
  { id, input }: UpdateAccountInput,
): Promise<CommandOutcome<Account>> {
  const { db } = ctx;
  const { result: value, seq } = await markedWrite(db, [db.accounts], async () => {
    const before = await db.accounts.get(id);
    return { before, account: await updateAccount(db, id, input, ctx.now()) };
  });
  const { before, account } = value;
  return {
    result: account,
    message: `Saved account “${account.name}”.`,
    undo: async () => {
      const kept = before ? await undoSave(db, db.accounts, account, before, seq) : false;
      return undoReport(kept, `Account “${account.name}” is back to how it was.`, 'account');
    },
  };
}

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
