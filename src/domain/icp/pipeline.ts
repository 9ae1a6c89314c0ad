/**
 * Pipeline to prioritise: open deals whose account fits the ICP, best fit first, so the ICP
 * changes what sales works on this week rather than only describing past customers.
 */
import type { Account } from '../schemas/account';
import type { Deal } from '../schemas/deal';
import type { ScoredAccount } from './scoring';

export interface PrioritisedDeal {
  deal: Deal;
  account: Account;
  score: number;
  reasons: string[];
}

export function pipelineToPrioritise(
  accounts: readonly Account[],
  deals: readonly Deal[],
  scored: readonly ScoredAccount[],
  threshold: number,
): PrioritisedDeal[] {
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const scoreById = new Map(scored.map((s) => [s.accountId, s]));
  const rows: PrioritisedDeal[] = [];
  for (const deal of deals) {
    if (deal.stage !== 'open') continue;
    const account = accountById.get(deal.accountId);
    const fit = scoreById.get(deal.accountId);
    if (!account || !fit || fit.excluded || fit.score < threshold) continue;
    rows.push({ deal, account, score: fit.score, reasons: fit.reasons });
  }
  return rows.sort(
    (a, b) =>
      b.score - a.score ||
      (b.deal.amount ?? 0) - (a.deal.amount ?? 0) ||
      a.account.name.localeCompare(b.account.name) ||
      a.deal.id.localeCompare(b.deal.id),
  );
}
