import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { getAccountFitInput } from '../../db/icpRepo';
import { groupQuotesByAccount, scoreAccounts, type ScoredAccount } from '../../domain/icp/scoring';
import { traitCoverage, type TraitCoverage } from '../../domain/icp/traitCoverage';
import type { AccountInterviews } from '../../domain/planning/interviewCoverage';
import type { Account } from '../../domain/schemas/account';

/** A score, and how many of the traits the account's data could test. */
export interface AccountFit extends ScoredAccount {
  coverage: TraitCoverage;
}

const NO_FIT: ReadonlyMap<string, AccountFit> = new Map();

/**
 * Every account's ICP score under the live traits, with its coverage, so "not heard yet" is
 * never read as "does not fit"; empty until the workspace has traits.
 */
export function useAccountFit(
  db: WorkspaceDb,
  accounts: readonly Account[] | undefined,
  interviews: ReadonlyMap<string, AccountInterviews>,
) {
  const input = useLiveQuery(() => getAccountFitInput(db), [db]);
  return useMemo(() => {
    if (!accounts || !input || input.traits.length === 0) return NO_FIT;
    const { traits, quotes, heardAccountIds } = input;
    const scored = scoreAccounts(accounts, traits, groupQuotesByAccount(quotes));
    const heard = new Set(heardAccountIds);
    for (const [id, held] of interviews) if (held.held > 0) heard.add(id);
    return new Map(
      scored.map((s, i) => [
        s.accountId,
        { ...s, coverage: traitCoverage(accounts[i] as Account, traits, heard) },
      ]),
    );
  }, [accounts, input, interviews]);
}
