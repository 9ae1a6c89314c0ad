/**
 * ICP fit scores (DOMAIN.md §5): an account's score is the sum of the weights of the traits it
 * matches, and any matching disqualifier excludes it whatever its sum, because a disqualifier
 * marks accounts we should not sell to even when everything else fits.
 */
import type { CohortKey } from '../cohortOverview';
import type { Account } from '../schemas/account';
import type { Highlight } from '../schemas/highlight';
import type { Trait, TraitRule } from '../schemas/trait';
import { sizeBandOf } from '../sizeBands';

export type RuleField = Exclude<TraitRule, { op: 'has_code' }>['field'];
export type QuoteEvidence = Pick<Highlight, 'id' | 'accountId' | 'codeIds' | 'traitIds'>;
export type QuotesByAccount = ReadonlyMap<string, readonly QuoteEvidence[]>;

export interface ScoredAccount {
  accountId: string;
  cohort: CohortKey;
  score: number;
  matched: string[];
  excluded: boolean;
  /** "Manual reporting eats hours (+5)", "Excluded by: On-prem only" */
  reasons: string[];
}

export const NUMERIC_FIELDS: readonly RuleField[] = [
  'employees',
  'arr',
  'ltv',
  'salesCycleDays',
  'nps',
  'integrations',
];

function numberOf(account: Account, field: RuleField): number | null {
  switch (field) {
    case 'employees':
    case 'arr':
    case 'ltv':
    case 'salesCycleDays':
    case 'nps':
    case 'integrations':
      return account[field];
    default:
      return null;
  }
}

/** Every text a rule can compare against; techStack is a list, so a rule matches any entry. */
function textsOf(account: Account, field: RuleField): string[] {
  switch (field) {
    case 'techStack':
      return account.techStack;
    case 'employeesBand': {
      // The canonical band, so "51 - 200" from one CRM and 120 employees from another agree.
      const band = sizeBandOf(account);
      return band === null ? [] : [band];
    }
    case 'industry':
    case 'region':
    case 'plan':
      return account[field] === null ? [] : [account[field]];
    default: {
      const n = numberOf(account, field);
      return n === null ? [] : [String(n)];
    }
  }
}

const norm = (text: string) => text.trim().toLowerCase();

/** Case- and space-insensitive: CRM exports spell "SaaS" and "saas " alike. */
export function matchesRule(
  rule: TraitRule,
  account: Account,
  codeIdsOfAccount: ReadonlySet<string>,
): boolean {
  switch (rule.op) {
    case 'has_code':
      return codeIdsOfAccount.has(rule.codeId);
    case 'equals':
      return textsOf(account, rule.field).some((text) => norm(text) === norm(rule.value));
    case 'one_of': {
      const wanted = new Set(rule.values.map(norm));
      return textsOf(account, rule.field).some((text) => wanted.has(norm(text)));
    }
    case 'contains':
      return textsOf(account, rule.field).some((text) => norm(text).includes(norm(rule.value)));
    case 'range': {
      const n = numberOf(account, rule.field);
      // A blank field is unknown, not zero: it matches no range.
      if (n === null) return false;
      return (rule.min === null || n >= rule.min) && (rule.max === null || n <= rule.max);
    }
  }
}

export function codeIdsOf(quotes: readonly QuoteEvidence[] | undefined): Set<string> {
  const ids = new Set<string>();
  for (const quote of quotes ?? []) for (const id of quote.codeIds) ids.add(id);
  return ids;
}

/**
 * What makes a quote count towards any account's score under `traits` (see matchesTrait): a
 * code a has_code rule names, and for a trait without a rule its own id (quotes tagged with it)
 * or a link to the quote. A quote with none of these changes no score, so readers need not
 * load it: at 20,000 quotes the accounts page reads the few that count.
 */
export function scoringEvidence(traits: readonly Trait[]): {
  codeIds: string[];
  traitIds: string[];
  highlightIds: string[];
} {
  const codeIds = new Set<string>();
  const traitIds = new Set<string>();
  const highlightIds = new Set<string>();
  for (const trait of traits) {
    if (trait.rule) {
      if (trait.rule.op === 'has_code') codeIds.add(trait.rule.codeId);
      continue;
    }
    traitIds.add(trait.id);
    for (const id of trait.highlightIds) highlightIds.add(id);
  }
  return { codeIds: [...codeIds], traitIds: [...traitIds], highlightIds: [...highlightIds] };
}

/**
 * A trait without a rule matches the accounts whose quotes were tagged with it (or linked to
 * it), so a psychographic trait can still be scored from the interviews that showed it.
 */
function matchesTrait(
  trait: Trait,
  account: Account,
  codeIds: ReadonlySet<string>,
  quotes: readonly QuoteEvidence[],
): boolean {
  if (trait.rule) return matchesRule(trait.rule, account, codeIds);
  const linked = new Set(trait.highlightIds);
  return quotes.some((quote) => quote.traitIds.includes(trait.id) || linked.has(quote.id));
}

const signed = (weight: number) => (weight > 0 ? `+${weight}` : String(weight));

/**
 * What a matched trait adds to an account's "why": "Manual reporting (+5)", "Excluded by: …".
 * The weight goes last so no reason starts with a sign: a spreadsheet would read "+5 …" as a
 * formula, and the CSV guard's apostrophe would then show in every cell.
 */
export function traitReason(trait: Pick<Trait, 'kind' | 'name' | 'weight'>): string {
  return trait.kind === 'disqualifier'
    ? `Excluded by: ${trait.name}`
    : `${trait.name} (${signed(trait.weight)})`;
}

export function scoreAccount(
  account: Account,
  traits: readonly Trait[],
  quotesByAccount: QuotesByAccount,
): ScoredAccount {
  const quotes = quotesByAccount.get(account.id) ?? [];
  const codeIds = codeIdsOf(quotes);
  // Sorted by id so the result never depends on the order traits were listed in.
  const ordered = [...traits].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let score = 0;
  let excluded = false;
  const matched: string[] = [];
  const reasons: string[] = [];
  for (const trait of ordered) {
    if (!matchesTrait(trait, account, codeIds, quotes)) continue;
    matched.push(trait.id);
    score += trait.weight;
    if (trait.kind === 'disqualifier') excluded = true;
    reasons.push(traitReason(trait));
  }
  return {
    accountId: account.id,
    cohort: account.cohort ?? 'unassigned',
    score,
    matched,
    excluded,
    reasons,
  };
}

export function groupQuotesByAccount(
  quotes: readonly QuoteEvidence[],
): Map<string, QuoteEvidence[]> {
  const byAccount = new Map<string, QuoteEvidence[]>();
  for (const quote of quotes) {
    const list = byAccount.get(quote.accountId);
    if (list) list.push(quote);
    else byAccount.set(quote.accountId, [quote]);
  }
  return byAccount;
}

export function scoreAccounts(
  accounts: readonly Account[],
  traits: readonly Trait[],
  quotesByAccount: QuotesByAccount,
): ScoredAccount[] {
  return accounts.map((account) => scoreAccount(account, traits, quotesByAccount));
}

/** The score used for ranking: an excluded account ranks below every scored one. */
export function rankingScore(scored: Pick<ScoredAccount, 'score' | 'excluded'>): number {
  return scored.excluded ? Number.NEGATIVE_INFINITY : scored.score;
}

export interface TraitEvidence {
  /** Distinct accounts behind the trait: the measure. */
  accounts: number;
  quotes: number;
}

/**
 * The quotes behind a trait: those citing its has_code rule's code or any of its linked codes,
 * tagged with it, or linked to it directly. Counted by distinct accounts (ARCHITECTURE.md).
 */
export function traitEvidenceQuotes<Q extends QuoteEvidence>(
  trait: Trait,
  quotes: readonly Q[],
): Q[] {
  const codeIds = new Set(trait.codeIds);
  if (trait.rule?.op === 'has_code') codeIds.add(trait.rule.codeId);
  const linked = new Set(trait.highlightIds);
  return quotes.filter(
    (quote) =>
      linked.has(quote.id) ||
      quote.traitIds.includes(trait.id) ||
      quote.codeIds.some((id) => codeIds.has(id)),
  );
}

export function traitEvidence(trait: Trait, quotes: readonly QuoteEvidence[]): TraitEvidence {
  const found = traitEvidenceQuotes(trait, quotes);
  return { accounts: new Set(found.map((quote) => quote.accountId)).size, quotes: found.length };
}

export function describeRule(
  rule: TraitRule | null,
  codeName: (id: string) => string,
  fieldLabel: (field: RuleField) => string = (field) => field,
): string {
  if (!rule) return 'Tagged quotes';
  if (rule.op === 'has_code') return `Quoted on “${codeName(rule.codeId)}”`;
  const field = fieldLabel(rule.field);
  switch (rule.op) {
    case 'equals':
      return `${field} is ${rule.value}`;
    case 'one_of':
      return `${field} is one of ${rule.values.join(', ')}`;
    case 'contains':
      return `${field} contains ${rule.value}`;
    case 'range':
      if (rule.min !== null && rule.max !== null) return `${field} ${rule.min}–${rule.max}`;
      if (rule.min !== null) return `${field} ≥ ${rule.min}`;
      if (rule.max !== null) return `${field} ≤ ${rule.max}`;
      return `${field} is known`;
  }
}
