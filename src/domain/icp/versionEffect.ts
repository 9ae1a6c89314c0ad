/**
 * What a change of version does to the accounts: each version's traits score today's accounts,
 * so the two separations and the accounts that move between tiers compare like with like,
 * whatever the accounts were when either version was signed off.
 */
import type { Account } from '../schemas/account';
import type { Trait } from '../schemas/trait';
import { scoreAccounts, type QuotesByAccount, type ScoredAccount } from './scoring';
import { icpSeparation } from './separation';

export type FitTier = 'fit' | 'no_fit' | 'excluded';

export const TIER_LABELS: Record<FitTier, string> = {
  fit: 'Fit',
  no_fit: 'No fit',
  excluded: 'Excluded',
};

export function fitTier(scored: Pick<ScoredAccount, 'score' | 'excluded'>): FitTier {
  if (scored.excluded) return 'excluded';
  return scored.score > 0 ? 'fit' : 'no_fit';
}

export interface TierMove {
  accountId: string;
  name: string;
  from: FitTier;
  to: FitTier;
  scoreFrom: number;
  scoreTo: number;
}

export interface AccountsEffect {
  separationBefore: number | null;
  separationAfter: number | null;
  /** By name, so a reviewer can find an account in the list. */
  moved: TierMove[];
}

export function accountsEffect(
  before: readonly Trait[],
  after: readonly Trait[],
  accounts: readonly Account[],
  quotesByAccount: QuotesByAccount,
): AccountsEffect {
  const scoredBefore = scoreAccounts(accounts, before, quotesByAccount);
  const scoredAfter = scoreAccounts(accounts, after, quotesByAccount);
  const moved: TierMove[] = [];
  accounts.forEach((account, i) => {
    const was = scoredBefore[i] as ScoredAccount;
    const now = scoredAfter[i] as ScoredAccount;
    if (fitTier(was) === fitTier(now)) return;
    moved.push({
      accountId: account.id,
      name: account.name,
      from: fitTier(was),
      to: fitTier(now),
      scoreFrom: was.score,
      scoreTo: now.score,
    });
  });
  moved.sort((a, b) => a.name.localeCompare(b.name) || a.accountId.localeCompare(b.accountId));
  return {
    separationBefore: icpSeparation(scoredBefore),
    separationAfter: icpSeparation(scoredAfter),
    moved,
  };
}

export interface EvidenceAdded {
  accounts: number;
  interviews: number;
  quotes: number;
}

interface Dated {
  createdAt: string;
}

/**
 * Evidence recorded after `since` and up to `until` (null: up to now). A version's moment is
 * its sign-off, or its creation while it is still open.
 */
export function evidenceAddedBetween(
  since: string,
  until: string | null,
  records: { accounts: readonly Dated[]; interviews: readonly Dated[]; quotes: readonly Dated[] },
): EvidenceAdded {
  const count = (list: readonly Dated[]) =>
    list.filter((r) => r.createdAt > since && (until === null || r.createdAt <= until)).length;
  return {
    accounts: count(records.accounts),
    interviews: count(records.interviews),
    quotes: count(records.quotes),
  };
}
