import { bulkAddCode, bulkRemoveCode, restoreQuotes } from '../db/quotesRepo';
import type { Code } from '../domain/schemas/code';
import type { CommandContext } from './context';
import { keptSentence, type CommandOutcome } from './outcome';

export interface BulkCodeInput {
  highlightIds: readonly string[];
  code: Pick<Code, 'id' | 'name'>;
  op: 'add' | 'remove';
}

const quotes = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;

/**
 * Adds a code to, or removes it from, many quotes at once. Its Undo puts back the codes of the
 * quotes it changed, except quotes edited since, which keep that edit.
 */
export async function bulkCodeCommand(
  ctx: CommandContext,
  { highlightIds, code, op }: BulkCodeInput,
): Promise<CommandOutcome<number>> {
  const write = op === 'add' ? bulkAddCode : bulkRemoveCode;
  const change = await write(ctx.db, highlightIds, code.id, ctx.now());
  const count = change.before.length;
  if (count === 0) {
    return {
      result: 0,
      message:
        op === 'add'
          ? `Every selected quote already has “${code.name}”`
          : `No selected quote has “${code.name}”`,
    };
  }
  return {
    result: count,
    message:
      op === 'add'
        ? `Added “${code.name}” to ${quotes(count)}`
        : `Removed “${code.name}” from ${quotes(count)}`,
    undo: async () => {
      const { restored, kept } = await restoreQuotes(ctx.db, change);
      const keptText = keptSentence(kept, ['quote', 'quotes'], 'then');
      return {
        message: [`Codes of ${quotes(restored)} restored.`, keptText].filter(Boolean).join(' '),
        kept,
      };
    },
  };
}
