import { bulkAddCode, bulkRemoveCode, restoreQuotes } from '../../db/quotesRepo';
import type { WorkspaceDb } from '../../db/schema';
import { nowIso } from '../../db/workspaceRegistry';
import type { Code } from '../../domain/schemas/code';
import { plural } from '../../ui/format';
import { useToast } from '../../ui/toastContext';

/** Bulk code edits, each answered by a toast with Undo. */
export function useBulkCodes(db: WorkspaceDb) {
  const toast = useToast();

  const run = async (
    write: typeof bulkAddCode,
    ids: readonly string[],
    code: Code,
    done: (count: string) => string,
    nothing: string,
  ) => {
    try {
      const before = await write(db, ids, code.id, nowIso());
      if (before.length === 0) {
        toast({ message: nothing });
        return;
      }
      toast({
        message: done(plural(before.length, 'quote')),
        action: {
          label: 'Undo',
          run: async () => {
            await restoreQuotes(db, before);
            toast({ message: `Codes of ${plural(before.length, 'quote')} restored` });
          },
        },
      });
    } catch (error) {
      toast({ message: (error as Error).message, tone: 'error' });
    }
  };

  return {
    addCode: (ids: readonly string[], code: Code) =>
      run(
        bulkAddCode,
        ids,
        code,
        (count) => `Added “${code.name}” to ${count}`,
        `Every selected quote already has “${code.name}”`,
      ),
    removeCode: (ids: readonly string[], code: Code) =>
      run(
        bulkRemoveCode,
        ids,
        code,
        (count) => `Removed “${code.name}” from ${count}`,
        `No selected quote has “${code.name}”`,
      ),
  };
}
