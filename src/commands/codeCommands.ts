import {
  createCode,
  createCodeWithDetails,
  deleteCodeWithUndo,
  mergeCodes,
  restoreDeletedCode,
  restoreMerge,
  updateCode,
  type CodeDetails,
  type CodeRestore,
  type NewCode,
} from '../db/codesRepo';
import { markedWrite } from './recordUndo';
import type { Code } from '../domain/schemas/code';
import type { CommandContext } from './context';
import { keptSentence, type CommandOutcome, type UndoReport } from './outcome';
import { putBackUnlessEdited, undoReport } from './recordUndo';

const quotes = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;

/**
 * Adds a code to the codebook (a name no other code has, in any case). No Undo: a code made on
 * the fly is on a quote a moment later, and deleting it from the codebook, which has its own
 * Undo, takes it off everywhere.
 */
export async function createCodeCommand(
  ctx: CommandContext,
  input: NewCode,
): Promise<CommandOutcome<Code>> {
  const code = await createCode(ctx.db, input, ctx.now(), ctx.newId());
  return { result: code, message: `Created “${code.name}”` };
}

export interface SaveCodeInput {
  /** The code to edit, or null for a new one. */
  code: Code | null;
  /** Without a colour, an edited code keeps its own and a new one takes its kind's. */
  details: Omit<CodeDetails, 'colour'> & { colour?: string };
}

/**
 * Saves the codebook form: a new code, or an edit of one. The Undo of an edit puts the code back
 * as it was, unless it was edited again since.
 */
export async function saveCodeCommand(
  ctx: CommandContext,
  { code, details }: SaveCodeInput,
): Promise<CommandOutcome<Code>> {
  if (!code) {
    const created = await createCodeWithDetails(ctx.db, details, ctx.now(), ctx.newId());
    return { result: created, message: `Created “${created.name}”` };
  }
  const { db } = ctx;
  const { result, seq } = await markedWrite(db, [db.codes], async () => {
    const before = await db.codes.get(code.id);
    if (!before) throw new Error('This code no longer exists.');
    const after = await updateCode(
      db,
      code.id,
      { ...details, colour: details.colour ?? code.colour },
      ctx.now(),
    );
    return { before, after };
  });
  const { before, after } = result;
  return {
    result: after,
    message: `Saved “${after.name}”`,
    undo: async () =>
      undoReport(
        await putBackUnlessEdited(db, db.codes, before, seq),
        `“${before.name}” is back as it was.`,
        'code',
      ),
  };
}

/** "1 quote edited since then was kept as edited. …": what a restore left alone. */
function keptText(kept: CodeRestore): string[] {
  return [
    keptSentence(kept.highlights, ['quote', 'quotes'], 'then'),
    keptSentence(kept.findings, ['finding', 'findings'], 'then'),
    keptSentence(kept.traits, ['trait', 'traits'], 'then'),
    keptSentence(kept.codes, ['code', 'codes'], 'then'),
  ].filter((sentence) => sentence !== null);
}

function restoreReport(name: string, kept: CodeRestore): UndoReport {
  return {
    message: [`“${name}” is back.`, ...keptText(kept)].join(' '),
    kept: kept.codes + kept.highlights + kept.findings + kept.traits,
  };
}

/**
 * Deletes a code: its quotes, findings and traits lose it, its sub-codes move up. Its Undo puts
 * the code back and every record as it was, except records edited since.
 */
export async function deleteCodeCommand(
  ctx: CommandContext,
  code: Pick<Code, 'id' | 'name'>,
): Promise<CommandOutcome<null>> {
  const deletion = await deleteCodeWithUndo(ctx.db, code.id, ctx.now());
  const moved = deletion.highlights.length;
  return {
    result: null,
    message: `Deleted “${deletion.removed.name}”${moved > 0 ? `; removed from ${quotes(moved)}` : ''}`,
    undo: async () =>
      restoreReport(deletion.removed.name, await restoreDeletedCode(ctx.db, deletion)),
  };
}

export interface MergeCodesInput {
  source: Pick<Code, 'id' | 'name'>;
  targetId: string;
}

/**
 * Merges one code into another: quotes, findings, traits and sub-codes move to the target, the
 * source goes. Its Undo brings the source back and moves back what nobody edited since.
 */
export async function mergeCodesCommand(
  ctx: CommandContext,
  { source, targetId }: MergeCodesInput,
): Promise<CommandOutcome<Code>> {
  const merge = await mergeCodes(ctx.db, source.id, targetId, ctx.now());
  return {
    result: merge.target,
    message: `Merged “${merge.removed.name}” into “${merge.target.name}”; ${quotes(merge.highlights.length)} moved`,
    undo: async () => restoreReport(merge.removed.name, await restoreMerge(ctx.db, merge)),
  };
}
