import {
  commitImport,
  undoImport,
  type ImportCommitResult,
  type WriteProgress,
} from '../db/importRepo';
import {
  saveLossRules,
  saveMapping,
  type SavedColumnAssignment,
  type SavedLossRule,
} from '../db/importSettingsRepo';
import type { AccountImportPlan, DealImportPlan } from '../domain/importPlan';
import type { CommandContext } from './context';
import { counted } from './counted';
import { keptSentence, type CommandOutcome, type UndoReport } from './outcome';

export interface CommitImportInput {
  plan: AccountImportPlan | DealImportPlan;
  /** Names the import in the message. */
  fileName: string;
  onProgress?: WriteProgress;
}

/**
 * Writes a reviewed import plan, whole or not at all (importRepo). Its Undo is Undo import: it
 * keeps what was edited since and says so.
 */
export async function commitImportCommand(
  ctx: CommandContext,
  { plan, fileName, onProgress }: CommitImportInput,
): Promise<CommandOutcome<ImportCommitResult>> {
  const result = await commitImport(ctx.db, plan, onProgress);
  const what = plan.kind === 'accounts' ? 'account' : 'deal';
  return {
    result,
    message: `Imported ${counted(result.created + result.updated, what)} from “${fileName}”.`,
    undo: () => undoImportCommand(ctx, { importId: result.importId, fileName }),
  };
}

export interface RememberImportInput {
  preset: string;
  mapping: readonly SavedColumnAssignment[];
  /** Null when the user kept the loss rules as they were. */
  lossRules: readonly SavedLossRule[] | null;
}

/**
 * Remembers an import's column mapping (and edited loss rules) for the next file of its preset,
 * in one write. A preference, not data anyone reviews: it has no Undo.
 */
export async function rememberImportSettingsCommand(
  ctx: CommandContext,
  { preset, mapping, lossRules }: RememberImportInput,
): Promise<CommandOutcome<null>> {
  const { db } = ctx;
  const now = ctx.now();
  await db.transaction('rw', db.settings, async () => {
    await saveMapping(db, preset, mapping, now);
    if (lossRules) await saveLossRules(db, lossRules, now);
  });
  return { result: null, message: 'The column mapping is remembered for the next import.' };
}

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
