import {
  createFinding,
  deleteFinding,
  linkHighlight,
  linkHighlights,
  restoreFinding,
  unlinkHighlight,
  updateFindingStatus,
  type FindingStatus,
} from '../db/findingsRepo';
import { excerpt } from '../domain/excerpt';
import type { Cohort } from '../domain/schemas/cohort';
import type { Finding } from '../domain/schemas/finding';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import { commandAdding, commandEditing, type EditRecord, type Said } from './recordCommands';
import {
  deleteUnlessEdited,
  markedWrite,
  putBackUnlessEdited,
  restoreReport,
  undoReport,
} from './recordUndo';

/** How a toast names a finding: its statement, cut to one short line. */
const named = (finding: Pick<Finding, 'statement'>) => `“${excerpt(finding.statement, 50)}”`;

const STATUS_WORDS: Record<FindingStatus, string> = {
  draft: 'as a draft',
  accepted: 'accepted',
  rejected: 'rejected',
};

/** What a finding is again after an Undo: "a draft", "accepted". */
const STATUS_AGAIN: Record<FindingStatus, string> = {
  draft: 'a draft',
  accepted: 'accepted',
  rejected: 'rejected',
};

/** A new finding, always a draft. Its Undo takes it out again, unless it was edited since. */
export const createFindingCommand = commandAdding((db) => db.findings, createFinding, {
  what: 'finding',
  message: 'Finding added as a draft',
  undone: (finding) => `${named(finding)} is gone again.`,
});

/**
 * One edit of one finding; its Undo puts the finding back as it was, unless it was edited again
 * since (a status, a link, in any tab).
 */
const editingFinding = <I extends { findingId: string }>(
  edit: EditRecord<I, Finding>,
  said: (input: I) => Omit<Said<Finding>, 'what'>,
) =>
  commandEditing(
    (db) => db.findings,
    (input: I) => input.findingId,
    edit,
    (input) => ({ what: 'finding', ...said(input) }),
  );

export interface FindingStatusInput {
  findingId: string;
  status: FindingStatus;
}

/** A reviewer's verdict on a finding. */
export const setFindingStatusCommand = editingFinding(
  (db, { findingId, status }: FindingStatusInput, now) =>
    updateFindingStatus(db, findingId, status, now),
  ({ status }) => ({
    message: (after) => `Marked ${named(after)} ${STATUS_WORDS[status]}`,
    undone: (before) => `${named(before)} is ${STATUS_AGAIN[before.status]} again.`,
  }),
);

export interface FindingQuoteInput {
  findingId: string;
  highlightId: string;
}

/** Links a quote to a finding as evidence; linking it twice is a no-op. */
export const linkQuoteCommand = editingFinding(
  (db, { findingId, highlightId }: FindingQuoteInput, now) =>
    linkHighlight(db, findingId, highlightId, now),
  () => ({
    message: (after) => `Quote linked to ${named(after)}`,
    undone: (before) => `The quote is no longer linked to ${named(before)}.`,
  }),
);

export const unlinkQuoteCommand = editingFinding(
  (db, { findingId, highlightId }: FindingQuoteInput, now) =>
    unlinkHighlight(db, findingId, highlightId, now),
  () => ({
    message: (after) => `Quote unlinked from ${named(after)}`,
    undone: (before) => `The quote is linked to ${named(before)} again.`,
  }),
);

/** An existing finding by id, or a new one to write with its statement. */
export type FindingTarget = { findingId: string } | { statement: string; cohort: Cohort | null };

export interface LinkQuotesInput {
  highlightIds: readonly string[];
  to: FindingTarget;
}

const quotes = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;

/** A finding after a bulk link, what it was before (none when new), and how many it linked. */
interface Linked {
  before: Finding | undefined;
  after: Finding;
  linked: number;
}

/**
 * Links many quotes (a matrix cell's) to one finding, existing or written now, in one
 * transaction; quotes already linked are skipped. Its Undo takes out only the links it made (or
 * the finding it wrote), unless the finding was edited since, which keeps it as edited.
 */
export async function linkQuotesToFindingCommand(
  ctx: CommandContext,
  { highlightIds, to }: LinkQuotesInput,
): Promise<CommandOutcome<Finding>> {
  const { db } = ctx;
  const ids = [...new Set(highlightIds)];
  // Else a new finding would be written with nothing to show for it, and no Undo offered.
  if (ids.length === 0) throw new Error('There are no quotes to link.');
  const { result, seq } = await markedWrite(db, [db.findings], async (): Promise<Linked> => {
    if ('statement' in to) {
      const after = await createFinding(db, { ...to, highlightIds: ids }, ctx.now(), ctx.newId());
      return { before: undefined, after, linked: ids.length };
    }
    const before = await db.findings.get(to.findingId);
    if (!before) throw new Error('This finding no longer exists.');
    const fresh = ids.filter((id) => !before.highlightIds.includes(id));
    // Nothing to link writes nothing, so the log and the finding's updatedAt stay as they were.
    if (fresh.length === 0) return { before, after: before, linked: 0 };
    return {
      before,
      after: await linkHighlights(db, before.id, fresh, ctx.now()),
      linked: fresh.length,
    };
  });
  const { before, after, linked } = result;
  const skipped = ids.length - linked;
  if (linked === 0) {
    return { result: after, message: `Every quote is linked to ${named(after)} already` };
  }
  const already =
    skipped === 0 ? '' : ` (${skipped} ${skipped === 1 ? 'was' : 'were'} linked already)`;
  return {
    result: after,
    message: `Linked ${quotes(linked)} to ${named(after)}${already}`,
    undo: async () =>
      before
        ? undoReport(
            await putBackUnlessEdited(db, db.findings, before, seq),
            `${quotes(linked)} ${linked === 1 ? 'is' : 'are'} no longer linked to ${named(before)}.`,
            'finding',
          )
        : undoReport(
            await deleteUnlessEdited(db, db.findings, after.id, seq),
            `${named(after)} is gone again.`,
            'finding',
          ),
  };
}

/** Deletes a finding; its Undo puts it back exactly as it was, unless its id is taken again. */
export async function deleteFindingCommand(
  ctx: CommandContext,
  findingId: string,
): Promise<CommandOutcome<Finding>> {
  const deleted = await deleteFinding(ctx.db, findingId);
  return {
    result: deleted,
    message: `Deleted ${named(deleted)}`,
    undo: async () =>
      restoreReport(await restoreFinding(ctx.db, deleted), `${named(deleted)} is back.`, 'finding'),
  };
}
