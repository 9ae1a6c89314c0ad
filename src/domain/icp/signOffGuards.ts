/**
 * What a version needs before the team may review it and before it may be signed off
 * (DOMAIN.md §6). An ICP with no positive trait, no IS / IS NOT or no measured separation has
 * nothing to agree on, and one reviewer approving twice is still one person's opinion.
 */
import { z } from 'zod';
import type { IcpVersion, SignOff } from '../schemas/icpVersion';
import type { Trait } from '../schemas/trait';
import type { ScoredAccount } from './scoring';

/** Fewer accounts than this on a side and the separation says more about chance than fit. */
export const MIN_ACCOUNTS_PER_SIDE = 5;

export const REQUIRED_APPROVALS_KEY = 'icp.requiredApprovals';
export const DEFAULT_REQUIRED_APPROVALS = 2;
export const requiredApprovalsSchema = z
  .number({ message: 'Approvals needed must be a number.' })
  .int('Approvals needed must be a whole number.')
  .min(1, 'At least one approval is needed.')
  .max(10, 'At most 10 approvals can be required.');

/** A stored value that no longer parses (an older or edited backup) falls back to the default. */
export function requiredApprovalsFromSetting(stored: unknown): number {
  const parsed = requiredApprovalsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_REQUIRED_APPROVALS;
}

/** The unmet conditions for review, each named; empty when the version may be submitted. */
export function submitBlockers(
  version: Pick<IcpVersion, 'isLines' | 'isNotLines'>,
  traits: readonly Pick<Trait, 'kind' | 'weight'>[],
  scored: readonly Pick<ScoredAccount, 'cohort'>[],
): string[] {
  const blockers: string[] = [];
  if (!traits.some((t) => t.kind !== 'disqualifier' && t.weight > 0)) {
    blockers.push('Add at least one trait with a positive weight.');
  }
  if (version.isLines.length === 0) blockers.push('Write at least one “ICP IS” line.');
  if (version.isNotLines.length === 0) blockers.push('Write at least one “ICP IS NOT” line.');
  const high = scored.filter((s) => s.cohort === 'power_user').length;
  const low = scored.filter((s) => s.cohort === 'churner' || s.cohort === 'lost_deal').length;
  if (high < MIN_ACCOUNTS_PER_SIDE || low < MIN_ACCOUNTS_PER_SIDE) {
    blockers.push(
      `Separation needs at least ${MIN_ACCOUNTS_PER_SIDE} power users and ${MIN_ACCOUNTS_PER_SIDE} churners or lost deals; there are ${high} and ${low}.`,
    );
  }
  return blockers;
}

/** One person, however their name was typed: an id once reviewers sign in, else the name. */
export function reviewerKey(signOff: Pick<SignOff, 'name' | 'reviewerId'>): string {
  return signOff.reviewerId ?? `name:${signOff.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function distinctApprovals(signOffs: readonly SignOff[]): number {
  return new Set(signOffs.filter((s) => s.decision === 'approve').map(reviewerKey)).size;
}

/** Null when the reviewer may record this decision. */
export function duplicateApproval(
  signOffs: readonly SignOff[],
  next: Pick<SignOff, 'name' | 'reviewerId' | 'decision'>,
): string | null {
  if (next.decision !== 'approve') return null;
  const key = reviewerKey(next);
  const earlier = signOffs.find((s) => s.decision === 'approve' && reviewerKey(s) === key);
  return earlier ? `${earlier.name} has already approved: another reviewer must approve.` : null;
}

export function signOffBlockers(
  version: Pick<IcpVersion, 'status' | 'signOffs'>,
  required: number,
): string[] {
  if (version.status !== 'in_review') return ['Submit the version for review first.'];
  const have = distinctApprovals(version.signOffs);
  return have >= required
    ? []
    : [`Needs ${required} approvals from different reviewers; ${have} so far.`];
}
