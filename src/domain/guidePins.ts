import { CODE_IDS } from './defaultCodebook';
import type { Code } from './schemas/code';
import type { Cohort } from './schemas/cohort';
import type { Guide } from './schemas/guide';

/** Alt+1…Alt+9: one pin per digit key. */
export const MAX_GUIDE_PINS = 9;

const C = CODE_IDS;

/**
 * What each cohort's calls are about (DOMAIN.md §3), six codes each: Alt+7–9 stay free for the
 * interviewer's own, so pinning one more never starts by unpinning a default.
 */
export const DEFAULT_PINS: Record<Cohort, readonly string[]> = {
  power_user: [
    C.painManualReporting,
    C.painNoSingleView,
    C.favouriteHealthScore,
    C.favouriteRenewalDashboard,
    C.outcomeHoursSaved,
    C.outcomeChurnReduced,
  ],
  emerging_promoter: [
    C.triggerNewExecutive,
    C.triggerFundingRound,
    C.triggerMigration,
    C.triggerGrowthSpurt,
    C.criterionTimeToValue,
    C.channelPeerReferral,
  ],
  churner: [
    C.failureMissingSalesforce,
    C.failureNoSso,
    C.failureSlowOnboarding,
    C.failurePricingConfusion,
    C.failureBudgetFreeze,
    C.failureChampionLeft,
  ],
  lost_deal: [
    C.competitorSpreadsheets,
    C.competitorDoNothing,
    C.personaBlockerSecurity,
    C.personaBlockerProcurement,
    C.criterionSecurity,
    C.criterionPricing,
  ],
};

/**
 * The guide's pin list as stored, or, for a guide written before guides had pins, its cohort's
 * defaults (none for a guide without a cohort).
 */
export function guidePinIds(guide: Pick<Guide, 'cohort' | 'pinnedCodeIds'>): readonly string[] {
  return guide.pinnedCodeIds ?? (guide.cohort ? DEFAULT_PINS[guide.cohort] : []);
}

/**
 * The codes behind Alt+1…9 on a call, in key order. With a guide: its pins that still exist (a
 * deleted code leaves its key to the next pin rather than a dead key). Without one: the
 * codebook's own pinned codes, the only pins that belong to no guide.
 */
export function callPins(
  guide: Pick<Guide, 'cohort' | 'pinnedCodeIds'> | undefined,
  codes: readonly Code[],
): Code[] {
  if (!guide) return codes.filter((c) => c.pinned).slice(0, MAX_GUIDE_PINS);
  const byId = new Map(codes.map((c) => [c.id, c]));
  return guidePinIds(guide)
    .map((id) => byId.get(id))
    .filter((c): c is Code => c !== undefined)
    .slice(0, MAX_GUIDE_PINS);
}

export type PinResult = { ok: true; pins: string[] } | { ok: false; reason: string };

/**
 * Puts a code at a key (slot 0 is Alt+1); the pins after it move one key down. A code already
 * pinned moves to the slot. A tenth code is refused: there is no tenth key.
 */
export function pinAt(pins: readonly string[], codeId: string, slot: number): PinResult {
  const others = pins.filter((id) => id !== codeId);
  if (others.length >= MAX_GUIDE_PINS) {
    return {
      ok: false,
      reason: `This guide already pins ${MAX_GUIDE_PINS} codes, one for each of Alt+1…9. Unpin one first.`,
    };
  }
  const at = Math.max(0, Math.min(Math.trunc(slot), others.length));
  return { ok: true, pins: [...others.slice(0, at), codeId, ...others.slice(at)] };
}
