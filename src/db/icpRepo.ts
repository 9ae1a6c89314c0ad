/**
 * Traits and ICP versions. The traits table is the working set of the current version: every
 * trait write also refreshes that version's copy in the same transaction, so a review or a
 * diff always sees what the table holds. Once the current version is in review or signed off,
 * trait writes are refused until changes are requested or a new draft is started.
 */
import {
  scoreAccounts,
  groupQuotesByAccount,
  scoringEvidence,
  traitEvidence,
  type TraitEvidence,
} from '../domain/icp/scoring';
import {
  duplicateApproval,
  REQUIRED_APPROVALS_KEY,
  requiredApprovalsFromSetting,
  signOffBlockers,
  submitBlockers,
} from '../domain/icp/signOffGuards';
import { ICP_GRID_SETTINGS_KEY, icpGridSettingsFromSetting } from '../domain/icp/icpGridSettings';
import { derivePersonas } from '../domain/icp/personas';
import { canTransition, FROZEN_MESSAGE, freezeVersion } from '../domain/icp/versions';
import {
  icpVersionSchema,
  signOffSchema,
  type IcpVersion,
  type SignOff,
} from '../domain/schemas/icpVersion';
import type { Highlight } from '../domain/schemas/highlight';
import { traitSchema, type Trait } from '../domain/schemas/trait';
import type { WorkspaceDb } from './schema';
import { newId } from './workspaceRegistry';
import { checked } from './checked';
import { getSetting } from './settingsRepo';

export type TraitDetails = Omit<Trait, 'id' | 'createdAt' | 'updatedAt'>;

export const IN_REVIEW_MESSAGE = 'In review — request changes to edit it.';

export async function listTraits(db: WorkspaceDb): Promise<Trait[]> {
  const traits = await db.traits.toArray();
  return traits.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * What the accounts table's fit column scores with: the traits, the quotes that count towards a
 * score under them (scoringEvidence) and the accounts any quote was heard from. A workspace's
 * quotes were the heaviest read of the accounts page's start-up; they are read only when there
 * are traits, and then only those that count, by index.
 */
export async function getAccountFitInput(
  db: WorkspaceDb,
): Promise<{ traits: Trait[]; quotes: Highlight[]; heardAccountIds: string[] }> {
  return db.transaction('r', [db.traits, db.highlights], async () => {
    const traits = await listTraits(db);
    if (traits.length === 0) return { traits, quotes: [], heardAccountIds: [] };
    const { codeIds, traitIds, highlightIds } = scoringEvidence(traits);
    const [byCode, byTrait, linked, heard] = await Promise.all([
      codeIds.length > 0 ? db.highlights.where('codeIds').anyOf(codeIds).toArray() : [],
      traitIds.length > 0 ? db.highlights.where('traitIds').anyOf(traitIds).toArray() : [],
      highlightIds.length > 0 ? db.highlights.bulkGet(highlightIds) : [],
      db.highlights.orderBy('accountId').uniqueKeys(),
    ]);
    // A quote with two of the codes comes once per code from a multi-entry index.
    const quotes = new Map<string, Highlight>();
    for (const quote of [...byCode, ...byTrait, ...linked]) if (quote) quotes.set(quote.id, quote);
    return { traits, quotes: [...quotes.values()], heardAccountIds: heard.map(String) };
  });
}

export async function listVersions(db: WorkspaceDb): Promise<IcpVersion[]> {
  return db.icpVersions.orderBy('number').toArray();
}

async function latestVersion(db: WorkspaceDb): Promise<IcpVersion | undefined> {
  return db.icpVersions.orderBy('number').last();
}

/** The version being worked on: the latest one, or a first draft when there is none. */
export async function currentVersion(
  db: WorkspaceDb,
  now: string,
  firstId: string = newId(),
): Promise<IcpVersion> {
  return db.transaction('rw', db.icpVersions, db.traits, async () => {
    const latest = await latestVersion(db);
    if (latest) return latest;
    const first = checked(icpVersionSchema, {
      id: firstId,
      createdAt: now,
      updatedAt: now,
      number: 1,
      status: 'draft',
      traits: await listTraits(db),
      isLines: [],
      isNotLines: [],
      exclusions: [],
      signOffs: [],
      basedOnId: null,
      frozenAt: null,
      snapshot: null,
    });
    await db.icpVersions.add(first);
    return first;
  });
}

function refuseUnlessDraft(version: IcpVersion | undefined): void {
  if (version?.status === 'signed_off') throw new Error(FROZEN_MESSAGE);
  if (version?.status === 'in_review') throw new Error(IN_REVIEW_MESSAGE);
}

/** Runs a trait write and refreshes the draft's copy of the traits in one transaction. */
async function writeTraits(
  db: WorkspaceDb,
  now: string,
  write: () => Promise<void>,
): Promise<void> {
  await db.transaction('rw', db.traits, db.icpVersions, async () => {
    const version = await latestVersion(db);
    refuseUnlessDraft(version);
    await write();
    if (version) {
      await db.icpVersions.put({ ...version, traits: await listTraits(db), updatedAt: now });
    }
  });
}

export async function createTrait(
  db: WorkspaceDb,
  details: TraitDetails,
  now: string,
  id: string = newId(),
): Promise<Trait> {
  const trait = checked(traitSchema, {
    ...details,
    codeIds: [...new Set(details.codeIds)],
    highlightIds: [...new Set(details.highlightIds)],
    id,
    createdAt: now,
    updatedAt: now,
  });
  await writeTraits(db, now, async () => {
    await db.traits.add(trait);
  });
  return trait;
}

export async function updateTrait(
  db: WorkspaceDb,
  id: string,
  details: Partial<TraitDetails>,
  now: string,
): Promise<Trait> {
  let next: Trait | undefined;
  await writeTraits(db, now, async () => {
    const current = await db.traits.get(id);
    if (!current) throw new Error('This trait no longer exists.');
    next = checked(traitSchema, { ...current, ...details, updatedAt: now });
    await db.traits.put(next);
  });
  return next as Trait;
}

/** Returns the deleted trait (undefined when already gone), so an Undo can put it back. */
export async function deleteTrait(
  db: WorkspaceDb,
  id: string,
  now: string,
): Promise<Trait | undefined> {
  let deleted: Trait | undefined;
  await writeTraits(db, now, async () => {
    deleted = await db.traits.get(id);
    await db.traits.delete(id);
  });
  return deleted;
}

/** Puts a trait back exactly as it was (an Undo), refreshing the draft's copy like any write. */
export async function putTraitBack(db: WorkspaceDb, trait: Trait, now: string): Promise<void> {
  await writeTraits(db, now, async () => {
    await db.traits.put(checked(traitSchema, trait));
  });
}

async function changeVersion(
  db: WorkspaceDb,
  id: string,
  now: string,
  edit: (version: IcpVersion) => Partial<IcpVersion>,
): Promise<IcpVersion> {
  return db.transaction('rw', db.icpVersions, db.traits, async () => {
    const current = await db.icpVersions.get(id);
    if (!current) throw new Error('This ICP version no longer exists.');
    const next = checked(icpVersionSchema, { ...current, ...edit(current), updatedAt: now });
    await db.icpVersions.put(next);
    return next;
  });
}

export interface VersionLines {
  isLines?: readonly string[];
  isNotLines?: readonly string[];
  exclusions?: readonly string[];
}

/** Blank lines are dropped: a textarea's trailing newline is not an ICP statement. */
const cleanLines = (lines: readonly string[] | undefined) =>
  lines?.map((line) => line.trim()).filter((line) => line !== '');

export function updateVersionLines(
  db: WorkspaceDb,
  id: string,
  lines: VersionLines,
  now: string,
): Promise<IcpVersion> {
  return changeVersion(db, id, now, (version) => {
    refuseUnlessDraft(version);
    return {
      isLines: cleanLines(lines.isLines) ?? version.isLines,
      isNotLines: cleanLines(lines.isNotLines) ?? version.isNotLines,
      exclusions: cleanLines(lines.exclusions) ?? version.exclusions,
    };
  });
}

/** Refused, with every unmet condition named, until the version has something to agree on. */
export async function submitForReview(
  db: WorkspaceDb,
  id: string,
  now: string,
): Promise<IcpVersion> {
  return db.transaction('rw', db.icpVersions, db.traits, db.accounts, async () => {
    const [traits, accounts] = await Promise.all([listTraits(db), db.accounts.toArray()]);
    return changeVersion(db, id, now, (version) => {
      if (!canTransition(version.status, 'in_review')) {
        throw new Error(
          `Version ${version.number} is ${version.status === 'signed_off' ? 'signed off' : 'already in review'}.`,
        );
      }
      const cohorts = accounts.map((a) => ({ cohort: a.cohort ?? 'unassigned' }) as const);
      const blockers = submitBlockers(version, traits, cohorts);
      if (blockers.length > 0) {
        throw new Error(`Version ${version.number} cannot go to review: ${blockers.join(' ')}`);
      }
      return { status: 'in_review', signOffs: [] };
    });
  });
}

/** "Request changes" sends the version back to draft so its traits can be edited again. */
export function recordSignOff(
  db: WorkspaceDb,
  id: string,
  input: Omit<SignOff, 'at'>,
  now: string,
): Promise<IcpVersion> {
  const signOff = checked(signOffSchema, { ...input, at: now });
  return changeVersion(db, id, now, (version) => {
    if (version.status !== 'in_review')
      throw new Error('Submit the version for review before recording a decision.');
    const duplicate = duplicateApproval(version.signOffs, signOff);
    if (duplicate) throw new Error(duplicate);
    return {
      signOffs: [...version.signOffs, signOff],
      status: signOff.decision === 'request_changes' ? 'draft' : 'in_review',
    };
  });
}

export async function requiredApprovals(db: WorkspaceDb): Promise<number> {
  return requiredApprovalsFromSetting(await getSetting(db, REQUIRED_APPROVALS_KEY));
}

/**
 * Freezes the version with the scores, separation and evidence of the moment it is signed,
 * once as many different reviewers as the workspace asks have approved it.
 */
export async function signOffVersion(
  db: WorkspaceDb,
  id: string,
  now: string,
  teamApprovals?: readonly SignOff[],
): Promise<IcpVersion> {
  const tables = [
    db.icpVersions,
    db.traits,
    db.accounts,
    db.highlights,
    db.settings,
    db.contacts,
    db.codes,
  ];
  return db.transaction('rw', tables, async () => {
    const stored = await db.icpVersions.get(id);
    if (!stored) throw new Error('This ICP version no longer exists.');
    if (teamApprovals && stored.status !== 'in_review') {
      throw new Error('Submit the version for review before signing it off.');
    }
    // A shared workspace's approvals, as the team server recorded them (one per person), are
    // what the sign-off keeps of who approved, in place of typed names.
    const version = teamApprovals
      ? { ...stored, signOffs: teamApprovals.map((a) => checked(signOffSchema, a)) }
      : stored;
    const blockers = signOffBlockers(version, await requiredApprovals(db));
    if (version.status === 'in_review' && blockers.length > 0) {
      throw new Error(`Version ${version.number} cannot be signed off: ${blockers.join(' ')}`);
    }
    const [traits, accounts, highlights, contacts, codes, grid] = await Promise.all([
      listTraits(db),
      db.accounts.toArray(),
      db.highlights.toArray(),
      db.contacts.toArray(),
      db.codes.toArray(),
      getSetting(db, ICP_GRID_SETTINGS_KEY),
    ]);
    const scored = scoreAccounts(accounts, traits, groupQuotesByAccount(highlights));
    const evidence: Record<string, TraitEvidence> = {};
    for (const trait of traits) evidence[trait.id] = traitEvidence(trait, highlights);
    const { personas } = derivePersonas({ accounts, contacts, highlights, codes });
    const frozen = checked(
      icpVersionSchema,
      freezeVersion(version, traits, scored, evidence, now, {
        personas,
        grid: icpGridSettingsFromSetting(grid),
      }),
    );
    await db.icpVersions.put(frozen);
    return frozen;
  });
}

/**
 * A new draft numbered after the latest, copying the signed-off version's traits into the
 * live table (with their ids, so the diff can tell a reweighted trait from a new one).
 */
export async function startNewDraft(
  db: WorkspaceDb,
  fromId: string,
  now: string,
  id: string = newId(),
): Promise<IcpVersion> {
  return db.transaction('rw', db.icpVersions, db.traits, async () => {
    const from = await db.icpVersions.get(fromId);
    if (!from) throw new Error('This ICP version no longer exists.');
    if (from.status !== 'signed_off')
      throw new Error('Start a new draft from a signed-off version.');
    const latest = await latestVersion(db);
    if (latest && latest.status !== 'signed_off') {
      throw new Error(`Version ${latest.number} is still open: finish it before starting another.`);
    }
    // A draft reads the live personas and grid settings; only a signed-off version keeps copies.
    const { personas: _personas, grid: _grid, ...content } = from;
    const draft = checked(icpVersionSchema, {
      ...content,
      id,
      createdAt: now,
      updatedAt: now,
      number: (latest?.number ?? from.number) + 1,
      status: 'draft',
      signOffs: [],
      basedOnId: from.id,
      frozenAt: null,
      snapshot: null,
    });
    await db.traits.clear();
    await db.traits.bulkAdd(from.traits);
    await db.icpVersions.add(draft);
    return draft;
  });
}
