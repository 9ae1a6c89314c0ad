import { useCommand } from '../../app/useCommand';
import { commandContext } from '../../commands/context';
import { bulkCodeCommand } from '../../commands/quoteCommands';
import type { WorkspaceDb } from '../../db/schema';
import type { Code } from '../../domain/schemas/code';

/** Bulk code edits, each answered by a toast with Undo. */
export function useBulkCodes(db: WorkspaceDb) {
  const run = useCommand();
  const bulk = async (highlightIds: readonly string[], code: Code, op: 'add' | 'remove') => {
    await run(bulkCodeCommand(commandContext(db), { highlightIds, code, op }), {
      failed: op === 'add' ? `“${code.name}” was not added` : `“${code.name}” was not removed`,
    });
  };
  return {
    addCode: (ids: readonly string[], code: Code) => bulk(ids, code, 'add'),
    removeCode: (ids: readonly string[], code: Code) => bulk(ids, code, 'remove'),
  };
}
