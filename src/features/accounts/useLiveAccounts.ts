import { useEffect, useState } from 'react';
import { subscribeToAccounts } from '../../db/accountsRepo';
import type { WorkspaceDb } from '../../db/schema';
import type { Account } from '../../domain/schemas/account';

/**
 * Every account by name, live; undefined until the first read. Unlike a live query over the
 * table, an account nobody wrote keeps its object from one list to the next.
 */
export function useLiveAccounts(db: WorkspaceDb): readonly Account[] | undefined {
  const [listed, setListed] = useState<{ db: WorkspaceDb; accounts: readonly Account[] }>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(
    () =>
      subscribeToAccounts(
        db,
        (accounts) => setListed({ db, accounts }),
        (error) => setFailure({ error }),
      ),
    [db],
  );
  // As a live query does: a failed read goes to the page's error boundary.
  if (failure) throw failure.error;
  return listed?.db === db ? listed.accounts : undefined;
}
