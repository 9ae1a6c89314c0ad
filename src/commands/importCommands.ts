import { undoImport } from '../db/importRepo';
import type { CommandContext } from './context';
import { keptSentence, type UndoReport } from './outcome';

export interface UndoImportInput {
  importId: string;
  /** Names the import in the message. */
  fileName: string;
}

/**
 * Undo import: removes what it created and puts back what it changed, except records someone
 * edited since, in this tab or another; those are kept as edited and the message counts them.
 */
export async function undoImportCommand(
  ctx: CommandContext,
  { importId, fileName }: UndoImportInput,
): Promise<UndoReport> {
  const result = await undoImport(ctx.db, importId, ctx.now());
  const kept = [
    keptSentence(result.keptAccounts, ['account', 'accounts'], 'the import'),
    keptSentence(result.keptDeals, ['deal', 'deals'], 'the import'),
  ].filter((sentence) => sentence !== null);
  return {
    message:
      kept.length === 0
        ? `Import of “${fileName}” undone: the workspace is back to how it was before it.`
        : `Import of “${fileName}” undone. ${kept.join(' ')}`,
    kept: result.keptAccounts + result.keptDeals,
  };
}
