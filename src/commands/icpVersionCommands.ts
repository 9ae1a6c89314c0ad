import { withSource } from '../db/changeLog';
import {
  currentVersion,
  recordSignOff,
  signOffVersion,
  startNewDraft,
  submitForReview,
  updateVersionLines,
  type VersionLines,
} from '../db/icpRepo';
import type { IcpVersion, SignOff } from '../domain/schemas/icpVersion';
import type { CommandContext } from './context';
import { keptSentence, type CommandOutcome } from './outcome';

export interface VersionLinesInput {
  versionId: string;
  lines: VersionLines;
}

type Lines = Pick<IcpVersion, 'isLines' | 'isNotLines' | 'exclusions'>;

const linesOf = ({ isLines, isNotLines, exclusions }: Lines): Lines => ({
  isLines,
  isNotLines,
  exclusions,
});

const sameLines = (a: Lines, b: Lines) => JSON.stringify(linesOf(a)) === JSON.stringify(linesOf(b));

/**
 * Saves the draft's IS / IS NOT lines. Its Undo puts the previous lines back unless they were
 * edited since. It compares the lines rather than asking the change log: every trait write
 * also rewrites the version's record, and that is no edit of its lines.
 */
export async function updateVersionLinesCommand(
  ctx: CommandContext,
  { versionId, lines }: VersionLinesInput,
): Promise<CommandOutcome<IcpVersion>> {
  const { db } = ctx;
  const { before, after } = await db.transaction('rw', db.icpVersions, db.traits, async () => {
    const stored = await db.icpVersions.get(versionId);
    return { before: stored, after: await updateVersionLines(db, versionId, lines, ctx.now()) };
  });
  return {
    result: after,
    message: 'IS / IS NOT lines updated.',
    undo: before
      ? async () => {
          const kept = await withSource(db, 'undo', [db.icpVersions, db.traits], async () => {
            const current = await db.icpVersions.get(versionId);
            if (!current || !sameLines(current, after)) return true;
            await updateVersionLines(db, versionId, linesOf(before), ctx.now());
            return false;
          });
          return kept
            ? {
                message: keptSentence(1, ['list of lines', 'lists of lines'], 'then') ?? '',
                kept: 1,
              }
            : { message: 'The previous IS / IS NOT lines are back.', kept: 0 };
        }
      : undefined,
  };
}

/** Sends the draft to review; refused, with every unmet condition named, until it is ready. */
export async function submitForReviewCommand(
  ctx: CommandContext,
  versionId: string,
): Promise<CommandOutcome<IcpVersion>> {
  const version = await submitForReview(ctx.db, versionId, ctx.now());
  return { result: version, message: 'Submitted for review.' };
}

export interface SignOffInput {
  versionId: string;
  signOff: Omit<SignOff, 'at'>;
}

/**
 * Records a reviewer's decision. A decision on record is not taken back, so there is no Undo:
 * a reviewer who changes their mind records another.
 */
export async function recordSignOffCommand(
  ctx: CommandContext,
  { versionId, signOff }: SignOffInput,
): Promise<CommandOutcome<IcpVersion>> {
  const version = await recordSignOff(ctx.db, versionId, signOff, ctx.now());
  return {
    result: version,
    message:
      signOff.decision === 'approve' ? 'Approval recorded.' : 'Changes requested: back to draft.',
  };
}

/** Freezes the version; a signed-off version is history, so there is no Undo: start a draft. */
export async function signOffVersionCommand(
  ctx: CommandContext,
  versionId: string,
): Promise<CommandOutcome<IcpVersion>> {
  const version = await signOffVersion(ctx.db, versionId, ctx.now());
  return { result: version, message: `Version ${version.number} signed off.` };
}

export interface TeamSignOffInput {
  versionId: string;
  /** Each approver's latest decision, as the team server recorded it. */
  approvals: readonly SignOff[];
}

/**
 * In a shared workspace: once the team server counts enough distinct approvals, an owner or
 * editor freezes the version with those approvals as its decisions, in one write. Like
 * any sign-off, no Undo: start a draft.
 */
export async function signOffAsTeamCommand(
  ctx: CommandContext,
  { versionId, approvals }: TeamSignOffInput,
): Promise<CommandOutcome<IcpVersion>> {
  const version = await signOffVersion(ctx.db, versionId, ctx.now(), approvals);
  return { result: version, message: `Version ${version.number} signed off by the team.` };
}

/** A new draft after a signed-off version, starting from its traits and lines. */
export async function startNewDraftCommand(
  ctx: CommandContext,
  fromVersionId: string,
): Promise<CommandOutcome<IcpVersion>> {
  const draft = await startNewDraft(ctx.db, fromVersionId, ctx.now(), ctx.newId());
  return { result: draft, message: 'New draft started.' };
}

/**
 * Upkeep when the ICP page opens rather than a user's operation, so no outcome: the version
 * being worked on, made as a first empty draft when the workspace has none.
 */
export function ensureCurrentVersion(ctx: CommandContext): Promise<IcpVersion> {
  return currentVersion(ctx.db, ctx.now(), ctx.newId());
}
