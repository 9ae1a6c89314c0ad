import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { bulkCodeCommand } from '../../commands/quoteCommands';
import type { Code } from '../../domain/schemas/code';

/** Bulk code edits, each answered by a toast with Undo. */
export function useBulkCodes() {
  const run = useCommand();
  const ctx = useCommandContext();
  const bulk = async (highlightIds: readonly string[], code: Code, op: 'add' | 'remove') => {
    await run(bulkCodeCommand(ctx, { highlightIds, code, op }), {
      failed: op === 'add' ? `“${code.name}” was not added` : `“${code.name}” was not removed`,
    });
  };
  return {
    addCode: (ids: readonly string[], code: Code) => bulk(ids, code, 'add'),
    removeCode: (ids: readonly string[], code: Code) => bulk(ids, code, 'remove'),
  };
}
