import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { bulkCodeCommand, bulkTraitCommand } from '../../commands/quoteCommands';
import type { Code } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';

/** The bulk edits of the selected quotes, bound to them; each resolves once its toast is up. */
export interface BulkEdits {
  addCode(code: Code): Promise<void>;
  removeCode(code: Code): Promise<void>;
  attachTrait(trait: Trait): Promise<void>;
  detachTrait(trait: Trait): Promise<void>;
}

/** Bulk code and trait edits of `highlightIds`, each answered by a toast with Undo. */
export function useBulkEdits(highlightIds: readonly string[]): BulkEdits {
  const run = useCommand();
  const ctx = useCommandContext();
  const code = async (code: Code, op: 'add' | 'remove') => {
    await run(bulkCodeCommand(ctx, { highlightIds, code, op }), {
      failed: op === 'add' ? `“${code.name}” was not added` : `“${code.name}” was not removed`,
    });
  };
  const trait = async (trait: Trait, op: 'add' | 'remove') => {
    await run(bulkTraitCommand(ctx, { highlightIds, trait, op }), {
      failed:
        op === 'add' ? `“${trait.name}” was not attached` : `“${trait.name}” was not detached`,
    });
  };
  return {
    addCode: (c) => code(c, 'add'),
    removeCode: (c) => code(c, 'remove'),
    attachTrait: (t) => trait(t, 'add'),
    detachTrait: (t) => trait(t, 'remove'),
  };
}
