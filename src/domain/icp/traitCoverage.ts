/**
 * Which traits an account's score could actually test. A trait read from quotes ("quoted on
 * code X", or tagged quotes) says nothing about an account nobody has interviewed yet, and a
 * rule on a blank CRM field says nothing either; scoring counts both as "no match", so each
 * score carries its coverage and "not heard yet" is never read as "does not fit".
 */
import type { Account } from '../schemas/account';
import type { Interview } from '../schemas/interview';
import type { Trait } from '../schemas/trait';
import { sizeBandOf } from '../sizeBands';

export interface TraitCoverage {
  /** Traits the account's data can answer yes or no. */
  known: number;
  total: number;
}

/** Accounts with a quote or an interview that took place: the ones quote-based traits can test. */
export function heardAccountIds(
  interviews: readonly Pick<Interview, 'accountId' | 'status'>[],
  quotes: readonly { accountId: string }[],
): Set<string> {
  const heard = new Set(quotes.map((quote) => quote.accountId));
  for (const interview of interviews) {
    if (interview.status !== 'planned') heard.add(interview.accountId);
  }
  return heard;
}

export function isQuoteBased(trait: Pick<Trait, 'rule'>): boolean {
  return trait.rule === null || trait.rule.op === 'has_code';
}

function fieldKnown(account: Account, trait: Trait): boolean {
  const rule = trait.rule;
  if (rule === null || rule.op === 'has_code') return true;
  switch (rule.field) {
    case 'techStack':
      return account.techStack.length > 0;
    case 'employeesBand':
      return sizeBandOf(account) !== null;
    default:
      return account[rule.field] !== null;
  }
}

export function traitKnown(trait: Trait, account: Account, heard: boolean): boolean {
  return isQuoteBased(trait) ? heard : fieldKnown(account, trait);
}

export function traitCoverage(
  account: Account,
  traits: readonly Trait[],
  heard: ReadonlySet<string>,
): TraitCoverage {
  const wasHeard = heard.has(account.id);
  return {
    known: traits.filter((trait) => traitKnown(trait, account, wasHeard)).length,
    total: traits.length,
  };
}

/** "scored on 3 of 5 traits" */
export function describeCoverage({ known, total }: TraitCoverage): string {
  return `scored on ${known} of ${total} ${total === 1 ? 'trait' : 'traits'}`;
}
