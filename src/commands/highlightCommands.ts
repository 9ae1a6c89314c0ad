import {
  addHighlightCode,
  createHighlight,
  deleteHighlight,
  removeHighlightCode,
  restoreHighlight,
  updateHighlightTraits,
  type NewHighlight,
} from '../db/highlightsRepo';
import { markedWrite } from './recordUndo';
import type { Code } from '../domain/schemas/code';
import type { Highlight } from '../domain/schemas/highlight';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import { deleteUnlessEdited, putBackUnlessEdited, restoreReport, undoReport } from './recordUndo';

/** A quote on part of an interview's notes or transcript. Its Undo takes it out, unless coded since. */
export async function createHighlightCommand(
  ctx: CommandContext,
  input: NewHighlight,
): Promise<CommandOutcome<Highlight>> {
  const { db } = ctx;
  const { result, seq } = await markedWrite(db, [db.highlights], () =>
    createHighlight(db, input, ctx.now(), ctx.newId()),
  );
  return {
    result,
    message: 'Quote created',
    undo: async () =>
      undoReport(
        await deleteUnlessEdited(db, db.highlights, result.id, seq),
        'The quote is gone again.',
        'quote',
      ),
  };
}

/**
 * One edit of one quote, read and written in one transaction; its Undo puts the quote back as it
 * was, unless it was edited again since.
 */
async function editHighlight(
  ctx: CommandContext,
  id: string,
  edit: (now: string) => Promise<void>,
  message: string,
): Promise<CommandOutcome<Highlight>> {
  const { db } = ctx;
  const { result, seq } = await markedWrite(db, [db.highlights], async () => {
    const before = await db.highlights.get(id);
    if (!before) throw new Error('This quote no longer exists.');
    await edit(ctx.now());
    return before;
  });
  return {
    result,
    message,
    undo: async () =>
      undoReport(
        await putBackUnlessEdited(db, db.highlights, result, seq),
        'The quote is back as it was.',
        'quote',
      ),
  };
}

export interface HighlightCodeInput {
  highlightId: string;
  code: Pick<Code, 'id' | 'name'>;
}

/** Codes a quote; coding it twice is a no-op. */
export function addHighlightCodeCommand(
  ctx: CommandContext,
  { highlightId, code }: HighlightCodeInput,
): Promise<CommandOutcome<Highlight>> {
  return editHighlight(
    ctx,
    highlightId,
    (now) => addHighlightCode(ctx.db, highlightId, code.id, now),
    `Coded as ${code.name}`,
  );
}

export function removeHighlightCodeCommand(
  ctx: CommandContext,
  { highlightId, code }: HighlightCodeInput,
): Promise<CommandOutcome<Highlight>> {
  return editHighlight(
    ctx,
    highlightId,
    (now) => removeHighlightCode(ctx.db, highlightId, code.id, now),
    `Removed ${code.name}`,
  );
}

export interface HighlightTraitsInput {
  highlightId: string;
  traitIds: readonly string[];
}

/** Tags a quote with exactly these traits. */
export function setHighlightTraitsCommand(
  ctx: CommandContext,
  { highlightId, traitIds }: HighlightTraitsInput,
): Promise<CommandOutcome<Highlight>> {
  return editHighlight(
    ctx,
    highlightId,
    (now) => updateHighlightTraits(ctx.db, highlightId, [...traitIds], now),
    'Traits saved',
  );
}

/**
 * Deletes a quote (a quote already gone is no error: another tab got there first). Its Undo puts
 * it back exactly as it was, unless a quote with its id is back already.
 */
export async function deleteHighlightCommand(
  ctx: CommandContext,
  highlightId: string,
): Promise<CommandOutcome<Highlight | null>> {
  const removed = await deleteHighlight(ctx.db, highlightId);
  if (!removed) return { result: null, message: 'The quote was already deleted' };
  return {
    result: removed,
    message: 'Quote deleted',
    undo: async () =>
      restoreReport(await restoreHighlight(ctx.db, removed), 'The quote is back.', 'quote'),
  };
}
