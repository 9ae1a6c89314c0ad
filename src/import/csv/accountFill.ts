/**
 * What a deals file says about the accounts it names (a Salesforce opportunities report's
 * Industry, Employees and Billing Country columns): new accounts are created with it, blanks on
 * stored accounts are filled, and a value that differs from the stored one is put to the user
 * as a conflict, never written over unasked.
 */
import type { Account } from '../../domain/schemas/account';
import { categoryKey, spellingBook } from '../../domain/normalising/spellings';
import type { AccountCluster } from './duplicates';
import type { AccountField } from './presets';
import type { AccountRef } from './validateRows';

export type FillableField = 'industry' | 'employees' | 'region';
const FILLABLE: readonly FillableField[] = ['industry', 'employees', 'region'];

/** The account fields a file can describe, each as the first non-blank value of its rows. */
export interface AccountFacts {
  industry: string | null;
  employees: number | null;
  employeesBand: string | null;
  region: string | null;
  regionAsWritten: string | null;
}

export const NO_FACTS: AccountFacts = {
  industry: null,
  employees: null,
  employeesBand: null,
  region: null,
  regionAsWritten: null,
};

export interface AccountFieldConflict {
  /** `${accountId}:${field}`; the key of the user's choice. */
  key: string;
  accountId: string;
  accountName: string;
  field: FillableField;
  stored: string;
  incoming: string;
}

/** 'keep' the stored value (the default) or 'take' the file's. */
export type ConflictChoice = 'keep' | 'take';

export interface FieldFill {
  field: AccountField;
  /** Rows that give a value for it. */
  filled: number;
  rows: number;
}

const display = (facts: AccountFacts | Account, field: FillableField): string | null => {
  if (field === 'employees') return facts.employeesBand ?? facts.employees?.toString() ?? null;
  return facts[field];
};

const sameValue = (a: string, b: string) => categoryKey(a) === categoryKey(b);

/**
 * Per account group: the file's facts, industry and region spelt as the workspace first spelt
 * them ("fintech " joins a stored "Fintech").
 */
export function factsByCluster(
  clusters: readonly AccountCluster[],
  refOfRow: ReadonlyMap<number, AccountRef>,
  existingAccounts: readonly Account[],
): Map<string, AccountFacts> {
  const industries = spellingBook(existingAccounts.map((a) => a.industry));
  const regions = spellingBook(existingAccounts.map((a) => a.region));
  const result = new Map<string, AccountFacts>();
  for (const cluster of clusters) {
    const facts = { ...NO_FACTS };
    for (const row of cluster.rows) {
      const ref = refOfRow.get(row);
      if (!ref) continue;
      facts.industry ??= industries.spell(ref.industry);
      if (facts.employees === null && facts.employeesBand === null) {
        facts.employees = ref.employees;
        facts.employeesBand = ref.employeesBand;
      }
      if (facts.region === null && ref.region !== null) {
        facts.region = regions.spell(ref.region);
        facts.regionAsWritten = ref.regionAsWritten;
      }
    }
    result.set(cluster.key, facts);
  }
  return result;
}

/** Stored accounts whose values the file contradicts, one entry per field. */
export function accountConflicts(
  clusters: readonly AccountCluster[],
  facts: ReadonlyMap<string, AccountFacts>,
): AccountFieldConflict[] {
  const conflicts: AccountFieldConflict[] = [];
  for (const cluster of clusters) {
    const stored = cluster.existing;
    const incoming = facts.get(cluster.key);
    if (!stored || !incoming) continue;
    for (const field of FILLABLE) {
      const before = display(stored, field);
      const after = display(incoming, field);
      if (before === null || after === null || sameValue(before, after)) continue;
      conflicts.push({
        key: `${stored.id}:${field}`,
        accountId: stored.id,
        accountName: stored.name,
        field,
        stored: before,
        incoming: after,
      });
    }
  }
  return conflicts;
}

/**
 * The stored account with its blanks filled and the conflicts the user chose to take, or null
 * when the file changes nothing on it.
 */
export function filledAccount(
  stored: Account,
  facts: AccountFacts,
  choice: (key: string) => ConflictChoice,
): Account | null {
  const take = (field: FillableField) =>
    display(facts, field) !== null &&
    (display(stored, field) === null || choice(`${stored.id}:${field}`) === 'take');
  const taken = FILLABLE.filter(take);
  if (taken.length === 0) return null;
  const next: Account = { ...stored };
  if (taken.includes('industry')) next.industry = facts.industry;
  if (taken.includes('employees')) {
    next.employees = facts.employees;
    next.employeesBand = facts.employeesBand;
  }
  if (taken.includes('region')) {
    next.region = facts.region;
    next.regionAsWritten = facts.regionAsWritten;
  }
  return next;
}

/** How many rows give each described account field, for "Industry: 712 of 726 rows". */
export function dealFieldFill(
  refs: readonly AccountRef[],
  mapped: ReadonlySet<FillableField>,
): FieldFill[] {
  return FILLABLE.filter((field) => mapped.has(field)).map((field) => ({
    field,
    filled: refs.filter((ref) => (field === 'employees' ? ref.employees : ref[field]) !== null)
      .length,
    rows: refs.length,
  }));
}
