import type { Account } from '../domain/schemas/account';
import type { Code } from '../domain/schemas/code';
import type { Highlight } from '../domain/schemas/highlight';
import type { WorkspaceDb } from './schema';

export interface QuoteRow {
  highlight: Highlight;
  account: Account | undefined;
  codes: Code[];
}

export async function listQuotes(db: WorkspaceDb): Promise<QuoteRow[]> {
  const [highlights, accounts, codes] = await Promise.all([
    db.highlights.toArray(),
    db.accounts.toArray(),
    db.codes.toArray(),
  ]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const codeById = new Map(codes.map((c) => [c.id, c]));
  return highlights.map((highlight) => ({
    highlight,
    account: accountById.get(highlight.accountId),
    codes: highlight.codeIds.flatMap((id) => codeById.get(id) ?? []),
  }));
}

export interface EvidenceSummary {
  quotes: number;
  accounts: number;
  interviews: number;
}

/** Distinct accounts, not quotes: one talkative customer is one voice. */
export async function summariseEvidence(db: WorkspaceDb): Promise<EvidenceSummary> {
  const [highlights, interviews] = await Promise.all([
    db.highlights.toArray(),
    db.interviews.count(),
  ]);
  return {
    quotes: highlights.length,
    accounts: new Set(highlights.map((h) => h.accountId)).size,
    interviews,
  };
}
