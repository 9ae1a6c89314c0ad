/**
 * Trait lift: how much more common an account attribute, or a code, is among power users than
 * among churners and lost deals. Each share carries its counts and a 95% Wilson interval, and
 * groups under 5 accounts are flagged: 2 of 2 is not "100% of power users". Rows rank by the
 * lift the intervals still allow at worst, and a value held by fewer than 5 accounts ranks after
 * every other, so one power user in a niche never tops a lift seen across dozens.
 */
import type { Account } from '../schemas/account';
import type { Code } from '../schemas/code';
import { integrationsBand, sizeBandOf } from '../sizeBands';
import { ratio, wilsonInterval } from '../stats';
import {
  compareCodes,
  compareText,
  forEachCountedCode,
  forEachQuote,
  SMALL_SAMPLE,
  synthesisScope,
  type SynthesisFilters,
  type SynthesisInput,
} from './synthesisInput';

export const TRAIT_DIMENSIONS = [
  'industry',
  'sizeBand',
  'region',
  'integrationsBand',
  'tech',
] as const;
export type TraitDimension = (typeof TRAIT_DIMENSIONS)[number];

export interface GroupShare {
  /** Accounts in the group with the value (or citing the code). */
  k: number;
  /** Accounts in the group it is measured against. */
  n: number;
  share: number | null;
  ci: { low: number; high: number };
}

export interface Lift {
  powerUsers: GroupShare;
  /** Churners and lost deals together: the accounts that did not stay or never came. */
  comparison: GroupShare;
  /** powerUsers.share / comparison.share; null when either share is missing or the comparison's is 0. */
  lift: number | null;
  /** Seen among power users and in none of a non-empty comparison: a lift too large for a number. */
  onlyInPowerUsers: boolean;
  /** Either group has fewer than 5 accounts. */
  smallSample: boolean;
  /** Accounts with the value (or citing the code), both groups together. */
  accounts: number;
  /** Fewer than 5 accounts have the value: shown, never ranked above a supported one. */
  tooFew: boolean;
  /**
   * The lower end of what the intervals allow: the power users' lowest plausible share over
   * the comparison's highest. What the rows are ranked by.
   */
  liftLow: number;
}

export interface TraitLiftRow extends Lift {
  value: string;
}

export interface TraitLiftResult {
  dimension: TraitDimension;
  rows: TraitLiftRow[];
  /** Accounts left out of n because the field is blank. */
  unknown: { powerUsers: number; comparison: number };
}

export interface CodeLiftRow extends Lift {
  code: Code;
}

type Group = 'powerUsers' | 'comparison';

function groupOf(account: Pick<Account, 'cohort'>): Group | null {
  if (account.cohort === 'power_user') return 'powerUsers';
  if (account.cohort === 'churner' || account.cohort === 'lost_deal') return 'comparison';
  return null;
}

function groupShare(k: number, n: number): GroupShare {
  return { k, n, share: ratio(k, n), ci: wilsonInterval(k, n) };
}

function lift(k: Record<Group, number>, n: Record<Group, number>): Lift {
  const powerUsers = groupShare(k.powerUsers, n.powerUsers);
  const comparison = groupShare(k.comparison, n.comparison);
  const computable = powerUsers.share !== null && comparison.share !== null && comparison.share > 0;
  return {
    powerUsers,
    comparison,
    lift: computable ? (powerUsers.share ?? 0) / (comparison.share ?? 1) : null,
    onlyInPowerUsers: k.powerUsers > 0 && k.comparison === 0 && n.comparison > 0,
    smallSample: n.powerUsers < SMALL_SAMPLE || n.comparison < SMALL_SAMPLE,
    accounts: k.powerUsers + k.comparison,
    tooFew: k.powerUsers + k.comparison < SMALL_SAMPLE,
    // The comparison's upper bound is above 0 whenever its group has anyone (Wilson), and 1
    // for an empty group, so this never divides by zero.
    liftLow: powerUsers.ci.low / comparison.ci.high,
  };
}

/** Supported values first, then the most lift the intervals guarantee, then the most accounts. */
function compareLift(a: Lift, b: Lift): number {
  return Number(a.tooFew) - Number(b.tooFew) || b.liftLow - a.liftLow || b.accounts - a.accounts;
}

/** An account's values for a dimension; tech gives one per stack entry, blanks give none. */
export function valuesOf(account: Account, dimension: TraitDimension): string[] {
  switch (dimension) {
    case 'industry':
      return account.industry === null ? [] : [account.industry];
    case 'region':
      return account.region === null ? [] : [account.region];
    case 'sizeBand': {
      const band = sizeBandOf(account);
      return band === null ? [] : [band];
    }
    case 'integrationsBand': {
      const band = integrationsBand(account.integrations);
      return band === null ? [] : [band];
    }
    case 'tech':
      return [...new Set(account.techStack)];
  }
}

/** Over all accounts in the cohorts, interviewed or not: traits are CRM facts, not quotes. */
export function traitLift(
  input: Pick<SynthesisInput, 'accounts'>,
  options: { dimension: TraitDimension },
): TraitLiftResult {
  const { dimension } = options;
  const n = { powerUsers: 0, comparison: 0 };
  const unknown = { powerUsers: 0, comparison: 0 };
  const counts = new Map<string, Record<Group, number>>();
  for (const account of new Map(input.accounts.map((a) => [a.id, a])).values()) {
    const group = groupOf(account);
    if (group === null) continue;
    const values = valuesOf(account, dimension);
    if (values.length === 0) {
      unknown[group] += 1;
      continue;
    }
    n[group] += 1;
    for (const value of values) {
      const k = counts.get(value) ?? { powerUsers: 0, comparison: 0 };
      k[group] += 1;
      counts.set(value, k);
    }
  }
  const rows = [...counts]
    .map(([value, k]): TraitLiftRow => ({ value, ...lift(k, n) }))
    .sort((a, b) => compareLift(a, b) || compareText(a.value, b.value));
  return { dimension, rows, unknown };
}

/**
 * The same comparison for codes: the share of each group's interviewed accounts citing the
 * code. Codes no account in either group cites are left out.
 */
export function codeLift(input: SynthesisInput, filters: SynthesisFilters = {}): CodeLiftRow[] {
  const scope = synthesisScope(input, filters);
  const n = { powerUsers: 0, comparison: 0 };
  for (const accountId of scope.interviewedAccountIds) {
    const account = scope.accountsById.get(accountId);
    const group = account && groupOf(account);
    if (group) n[group] += 1;
  }
  const citing = new Map<Code, Record<Group, Set<number>>>();
  forEachQuote(scope, (highlight, _interview, account, accountKey) => {
    const group = groupOf(account);
    if (group === null) return;
    forEachCountedCode(scope, highlight, (code) => {
      let sets = citing.get(code);
      if (!sets) {
        sets = { powerUsers: new Set(), comparison: new Set() };
        citing.set(code, sets);
      }
      sets[group].add(accountKey);
    });
  });
  return [...citing]
    .map(([code, sets]): CodeLiftRow => ({
      code,
      ...lift({ powerUsers: sets.powerUsers.size, comparison: sets.comparison.size }, n),
    }))
    .sort((a, b) => compareLift(a, b) || compareCodes(a.code, b.code));
}
