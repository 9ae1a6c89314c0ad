/**
 * What a field-based trait (a rule over CRM fields) rests on: how many power users it matches
 * against how many churners and lost deals, each with its base. Such a trait cites no quotes,
 * so "0 accounts, 0 quotes" would read as no evidence when the CRM holds plenty.
 */
import type { Trait } from '../schemas/trait';
import type { ScoredAccount } from './scoring';

export interface GroupMatch {
  /** Accounts in the group the trait matches. */
  k: number;
  /** Accounts in the group. */
  n: number;
}

export interface TraitFigures {
  powerUsers: GroupMatch;
  /** Churners and lost deals together, the group separation compares power users against. */
  comparison: GroupMatch;
}

/** A rule over account fields; has_code rules and rule-less traits rest on quotes instead. */
export function isFieldTrait(trait: Pick<Trait, 'rule'>): boolean {
  return trait.rule !== null && trait.rule.op !== 'has_code';
}

/** Figures for every field-based trait, by trait id, from the accounts as scored. */
export function fieldTraitFigures(
  traits: readonly Trait[],
  scored: readonly Pick<ScoredAccount, 'cohort' | 'matched'>[],
): Map<string, TraitFigures> {
  const figures = new Map<string, TraitFigures>();
  const field = traits.filter(isFieldTrait);
  for (const trait of field) {
    figures.set(trait.id, { powerUsers: { k: 0, n: 0 }, comparison: { k: 0, n: 0 } });
  }
  for (const account of scored) {
    const group =
      account.cohort === 'power_user'
        ? 'powerUsers'
        : account.cohort === 'churner' || account.cohort === 'lost_deal'
          ? 'comparison'
          : null;
    if (group === null) continue;
    const matched = new Set(account.matched);
    for (const trait of field) {
      const entry = figures.get(trait.id);
      if (!entry) continue;
      entry[group].n += 1;
      if (matched.has(trait.id)) entry[group].k += 1;
    }
  }
  return figures;
}

/** "8 of 18 power users vs 0 of 30 churners and lost deals" */
export function describeTraitFigures(figures: TraitFigures): string {
  const { powerUsers: p, comparison: c } = figures;
  return `${p.k} of ${p.n} power users vs ${c.k} of ${c.n} churners and lost deals`;
}
