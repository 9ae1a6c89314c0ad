import { useLiveQuery } from 'dexie-react-hooks';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import {
  deleteCodeCommand,
  mergeCodesCommand,
  saveCodeCommand,
  type SaveCodeInput,
} from '../../commands/codeCommands';
import { pinCodeToGuideCommand } from '../../commands/pinCommands';
import { codeUsage, listCodes } from '../../db/codesRepo';
import { listGuides } from '../../db/guidesRepo';
import type { WorkspaceDb } from '../../db/schema';
import type { Code } from '../../domain/schemas/code';

/** The codebook with its usage and the guides to pin to, and the edits the page makes, each delete or merge undoable. */
export function useCodebook(db: WorkspaceDb) {
  const codes = useLiveQuery(() => listCodes(db), [db]);
  const usage = useLiveQuery(() => codeUsage(db), [db]);
  const guides = useLiveQuery(() => listGuides(db), [db]);
  const run = useCommand();
  const ctx = useCommandContext();

  /** Rejects with the reason, for the dialog to show beside its form; the dialog says it saved. */
  const save = async (code: Code | null, details: SaveCodeInput['details']): Promise<void> => {
    await run(saveCodeCommand(ctx, { code, details }), {
      failed: 'The code was not saved',
      quiet: true,
      throwErrors: true,
    });
  };

  const remove = async (code: Code) => {
    await run(deleteCodeCommand(ctx, code), { failed: `“${code.name}” was not deleted` });
  };

  /** Rejects with the reason, for the merge dialog to show. */
  const merge = async (source: Code, targetId: string) => {
    await run(mergeCodesCommand(ctx, { source, targetId }), {
      failed: `“${source.name}” was not merged`,
      throwErrors: true,
    });
  };

  /** Rejects with the reason (a tenth pin, say), for the pin dialog to show. */
  const pin = async (code: Code, guideId: string, slot: number) => {
    await run(pinCodeToGuideCommand(ctx, { guideId, codeId: code.id, slot }), {
      failed: `“${code.name}” was not pinned`,
      throwErrors: true,
    });
  };

  return { codes, usage, guides, save, remove, merge, pin };
}
