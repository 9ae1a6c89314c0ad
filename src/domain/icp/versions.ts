/**
 * ICP versions (DOMAIN.md §6): a draft goes to review, reviewers approve or request changes,
 * and a signed-off version is frozen with the numbers it was signed off on, so a later edit to
 * the live traits can never rewrite what the team agreed.
 */
import type { IcpVersion } from '../schemas/icpVersion';
import { pairsFrom } from '../schemas/pairs';
import type { Trait } from '../schemas/trait';
import { icpSeparation } from './separation';
import type { ScoredAccount, TraitEvidence } from './scoring';

export type IcpStatus = IcpVersion['status'];

const TRANSITIONS: Readonly<Record<IcpStatus, readonly IcpStatus[]>> = {
  draft: ['in_review'],
  // Back to draft is what "request changes" does.
  in_review: ['signed_off', 'draft'],
  signed_off: [],
};

export function canTransition(from: IcpStatus, to: IcpStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export const STATUS_LABELS: Record<IcpStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  signed_off: 'Signed off',
};

export const FROZEN_MESSAGE = 'Signed off — start a new draft to change it.';

/** Deep enough copy that the frozen version shares no arrays with the live traits. */
function copyTrait(trait: Trait): Trait {
  return {
    ...trait,
    rule:
      trait.rule &&
      (trait.rule.op === 'one_of'
        ? { ...trait.rule, values: [...trait.rule.values] }
        : { ...trait.rule }),
    codeIds: [...trait.codeIds],
    highlightIds: [...trait.highlightIds],
  };
}

/**
 * Excluded accounts are left out of `scores`: the snapshot stores finite numbers, and an
 * excluded account has no fit score to compare later.
 */
export function freezeVersion(
  draft: IcpVersion,
  traits: readonly Trait[],
  scored: readonly ScoredAccount[],
  evidence: Readonly<Record<string, TraitEvidence>>,
  now: string,
  /** The personas and grid settings of the moment, kept so later diffs can compare them. */
  alongside: Pick<IcpVersion, 'personas' | 'grid'>,
): IcpVersion {
  if (!canTransition(draft.status, 'signed_off')) {
    throw new Error(
      draft.status === 'signed_off'
        ? `Version ${draft.number} is already signed off.`
        : `Version ${draft.number} must be submitted for review before it is signed off.`,
    );
  }
  if (!draft.signOffs.some((s) => s.decision === 'approve')) {
    throw new Error('Record at least one approval before signing off.');
  }
  const scores = pairsFrom(scored.flatMap((s) => (s.excluded ? [] : [[s.accountId, s.score]])));
  const traitIndex = new Map(traits.map((t, i) => [t.id, i]));
  const accounts = pairsFrom(
    scored.map((s) => [
      s.accountId,
      {
        cohort: s.cohort,
        matched: s.matched.flatMap((id) => {
          const i = traitIndex.get(id);
          return i === undefined ? [] : [i];
        }),
      },
    ]),
  );
  const frozenEvidence = pairsFrom(
    traits.map((trait) => {
      const e = Object.hasOwn(evidence, trait.id) ? evidence[trait.id] : undefined;
      return [trait.id, { accounts: e?.accounts ?? 0, quotes: e?.quotes ?? 0 }];
    }),
  );
  return {
    ...draft,
    status: 'signed_off',
    traits: traits.map(copyTrait),
    isLines: [...draft.isLines],
    isNotLines: [...draft.isNotLines],
    exclusions: [...draft.exclusions],
    signOffs: draft.signOffs.map((s) => ({ ...s })),
    ...structuredClone(alongside),
    frozenAt: now,
    updatedAt: now,
    snapshot: { separation: icpSeparation(scored), scores, evidence: frozenEvidence, accounts },
  };
}

/** Quarterly review (DOMAIN.md §6): three calendar months after sign-off, as YYYY-MM-DD. */
export function nextReviewDate(frozenAt: string): string {
  const year = Number(frozenAt.slice(0, 4));
  const month = Number(frozenAt.slice(5, 7)) - 1 + 3;
  const day = Number(frozenAt.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = month % 12;
  // The 31st of a short month clamps to its last day rather than spilling into the next.
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}
