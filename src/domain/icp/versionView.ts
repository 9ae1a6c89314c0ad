/**
 * What the ICP page shows for one version (DOMAIN.md §6). A signed-off version shows the
 * figures frozen in its snapshot, never today's: the team agreed on those numbers, and later
 * imports, cohort moves or a reweight in a new draft must not rewrite what was signed. Only
 * a version still being worked on is scored live.
 */
import type { Account } from '../schemas/account';
import type { IcpVersion } from '../schemas/icpVersion';
import { pairsToMap } from '../schemas/pairs';
import type { Trait } from '../schemas/trait';
import { traitReason, type ScoredAccount, type TraitEvidence } from './scoring';
import { STATUS_LABELS } from './versions';

export interface VersionFigures {
  /** True for a signed-off version: every figure below comes from its snapshot. */
  frozen: boolean;
  /** False when a signed-off version has no snapshot, so there are no figures to show. */
  recorded: boolean;
  traits: readonly Trait[];
  evidence: Readonly<Record<string, TraitEvidence>>;
  scored: ScoredAccount[];
  separation: number | null;
  /**
   * Accounts each trait matches, by trait id; null for a version signed off before its
   * snapshot kept matches (today's count would pass for a signed-off figure).
   */
  matches: ReadonlyMap<string, number> | null;
  /** False when the snapshot predates cohorts at sign-off: scores go under today's cohorts. */
  cohortsAsSignedOff: boolean;
  /** Frozen only: accounts created after sign-off, which the frozen figures leave out. */
  addedSince: number;
  /** Frozen only: accounts scored at sign-off that have been deleted since. */
  deletedSince: number;
}

/** Why an excluded account of an older snapshot carries no score: it kept only fit scores. */
export const EXCLUDED_AT_SIGN_OFF = 'Excluded at sign-off';

export function traitMatches(scored: readonly ScoredAccount[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of scored) for (const id of s.matched) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

export function liveFigures(
  traits: readonly Trait[],
  scored: ScoredAccount[],
  separation: number | null,
  evidence: Readonly<Record<string, TraitEvidence>>,
): VersionFigures {
  return {
    frozen: false,
    recorded: true,
    traits,
    evidence,
    scored,
    separation,
    matches: traitMatches(scored),
    cohortsAsSignedOff: true,
    addedSince: 0,
    deletedSince: 0,
  };
}

function frozenEvidence(version: Pick<IcpVersion, 'traits' | 'snapshot'>) {
  const frozen = pairsToMap(version.snapshot?.evidence);
  const evidence: Record<string, TraitEvidence> = {};
  for (const trait of version.traits) {
    const e = frozen.get(trait.id);
    evidence[trait.id] = { accounts: e?.accounts ?? 0, quotes: e?.quotes ?? 0 };
  }
  return evidence;
}

/**
 * Accounts deleted since sign-off stay in the frozen separation but leave the lists, which
 * need today's names; `deletedSince` says how many.
 */
export function frozenFigures(
  version: Pick<IcpVersion, 'traits' | 'snapshot' | 'frozenAt'>,
  accounts: readonly Pick<Account, 'id' | 'cohort' | 'createdAt'>[],
): VersionFigures {
  const snapshot = version.snapshot;
  if (!snapshot?.accounts) return olderFrozenFigures(version, accounts);
  const scores = pairsToMap(snapshot.scores);
  const frozenAccounts = pairsToMap(snapshot.accounts);
  const scored: ScoredAccount[] = [];
  const present = new Set<string>();
  let addedSince = 0;
  for (const account of accounts) {
    present.add(account.id);
    const entry = frozenAccounts.get(account.id);
    if (!entry) {
      addedSince += 1;
      continue;
    }
    const matched = entry.matched.flatMap((i) => {
      const trait = version.traits[i];
      return trait ? [trait] : [];
    });
    const score = scores.get(account.id);
    scored.push({
      accountId: account.id,
      cohort: entry.cohort,
      score: score ?? 0,
      matched: matched.map((t) => t.id),
      excluded: score === undefined,
      reasons: matched.map(traitReason),
    });
  }
  return {
    frozen: true,
    recorded: true,
    traits: version.traits,
    evidence: frozenEvidence(version),
    scored,
    separation: snapshot.separation,
    matches: traitMatches(scored),
    cohortsAsSignedOff: true,
    addedSince,
    deletedSince: [...frozenAccounts.keys()].filter((id) => !present.has(id)).length,
  };
}

/**
 * A snapshot from before cohorts and matches were kept stores only a score for every account
 * that was not excluded, so an account that existed at sign-off and has no score was
 * excluded by a disqualifier. Its distribution groups the frozen scores by each account's
 * cohort today, while the separation is the frozen figure itself.
 */
function olderFrozenFigures(
  version: Pick<IcpVersion, 'traits' | 'snapshot' | 'frozenAt'>,
  accounts: readonly Pick<Account, 'id' | 'cohort' | 'createdAt'>[],
): VersionFigures {
  const snapshot = version.snapshot;
  const scores = pairsToMap(snapshot?.scores);
  const signedAt =
    version.frozenAt === null ? Number.POSITIVE_INFINITY : Date.parse(version.frozenAt);
  const scored: ScoredAccount[] = [];
  const present = new Set<string>();
  let addedSince = 0;
  for (const account of accounts) {
    present.add(account.id);
    const cohort = account.cohort ?? 'unassigned';
    const score = scores.get(account.id);
    if (score !== undefined) {
      scored.push({
        accountId: account.id,
        cohort,
        score,
        matched: [],
        excluded: false,
        reasons: [],
      });
    } else if (snapshot && Date.parse(account.createdAt) <= signedAt) {
      scored.push({
        accountId: account.id,
        cohort,
        score: 0,
        matched: [],
        excluded: true,
        reasons: [EXCLUDED_AT_SIGN_OFF],
      });
    } else {
      addedSince += 1;
    }
  }
  return {
    frozen: true,
    recorded: snapshot !== null,
    traits: version.traits,
    evidence: frozenEvidence(version),
    scored,
    separation: snapshot?.separation ?? null,
    matches: null,
    cohortsAsSignedOff: false,
    addedSince,
    deletedSince: [...scores.keys()].filter((id) => !present.has(id)).length,
  };
}

/** The accounts a version's figures cover: all of them live, those known at sign-off frozen. */
export function accountsInFigures<A extends Pick<Account, 'id'>>(
  accounts: readonly A[],
  figures: Pick<VersionFigures, 'frozen' | 'scored'>,
): A[] {
  if (!figures.frozen) return [...accounts];
  const ids = new Set(figures.scored.map((s) => s.accountId));
  return accounts.filter((a) => ids.has(a.id));
}

/**
 * The version a link asks for, or the current (latest) one when the link names none or a
 * version that no longer exists; `missing` says the latter so the page can tell the user.
 */
export function pickVersion<V extends Pick<IcpVersion, 'id'>>(
  versions: readonly V[],
  id: string | null,
): { version: V; missing: boolean } | null {
  const current = versions.at(-1);
  if (!current) return null;
  if (id === null || id === '') return { version: current, missing: false };
  const found = versions.find((v) => v.id === id);
  return found ? { version: found, missing: false } : { version: current, missing: true };
}

/** "v2 · Draft", "v1 · Signed off 2026-11-03". */
export function versionLabel(version: Pick<IcpVersion, 'number' | 'status' | 'frozenAt'>): string {
  const date =
    version.status === 'signed_off' && version.frozenAt ? ` ${version.frozenAt.slice(0, 10)}` : '';
  return `v${version.number} · ${STATUS_LABELS[version.status]}${date}`;
}
