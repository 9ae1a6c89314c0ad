import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { listTraits } from '../../db/icpRepo';
import { groupQuotesByAccount, scoreAccounts, type ScoredAccount } from '../../domain/icp/scoring';
import type { Account } from '../../domain/schemas/account';

const NO_FIT: ReadonlyMap<string, ScoredAccount> = new Map();

/** Every account's ICP score under the live traits; empty until the workspace has traits. */
export function useAccountFit(db: WorkspaceDb, accounts: readonly Account[] | undefined) {
  const traits = useLiveQuery(() => listTraits(db), [db]);
  const highlights = useLiveQuery(() => db.highlights.toArray(), [db]);
  return useMemo(() => {
    if (!accounts || !traits || !highlights || traits.length === 0) return NO_FIT;
    const scored = scoreAccounts(accounts, traits, groupQuotesByAccount(highlights));
    return new Map(scored.map((s) => [s.accountId, s]));
  }, [accounts, traits, highlights]);
}
