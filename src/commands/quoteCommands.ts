import { bulkEditQuotes, restoreQuotes, type QuoteLinkField } from '../db/quotesRepo';
import type { Code } from '../domain/schemas/code';
import type { Trait } from '../domain/schemas/trait';
import type { CommandContext } from './context';
import { keptSentence, type CommandOutcome } from './outcome';

const quotes = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;

/** How the sentences of one kind of bulk edit read. */
interface BulkWords {
  field: QuoteLinkField;
  /** "Added", "Attached": the verb for add; `removed` the one for remove. */
  added: string;
  removed: string;
  /** "Codes", "Traits": what Undo puts back. */
  restored: string;
}

interface BulkInput {
  highlightIds: readonly string[];
  item: { id: string; name: string };
  op: 'add' | 'remove';
}

/**
 * Adds a code or trait to, or takes it off, many quotes at once. Its Undo puts back the lists of
 * the quotes it changed, except quotes edited since, which keep that edit.
 */
async function bulkQuoteEdit(
  ctx: CommandContext,
  { highlightIds, item, op }: BulkInput,
  words: BulkWords,
): Promise<CommandOutcome<number>> {
  const change = await bulkEditQuotes(
    ctx.db,
    highlightIds,
    { field: words.field, id: item.id, op },
    ctx.now(),
  );
  const count = change.before.length;
  if (count === 0) {
    return {
      result: 0,
      message:
        op === 'add'
          ? `Every selected quote already has “${item.name}”`
          : `No selected quote has “${item.name}”`,
    };
  }
  return {
    result: count,
    message:
      op === 'add'
        ? `${words.added} “${item.name}” to ${quotes(count)}`
        : `${words.removed} “${item.name}” from ${quotes(count)}`,
    undo: async () => {
      const { restored, kept } = await restoreQuotes(ctx.db, change);
      const keptText = keptSentence(kept, ['quote', 'quotes'], 'then');
      return {
        message: [`${words.restored} of ${quotes(restored)} restored.`, keptText]
          .filter(Boolean)
          .join(' '),
        kept,
      };
    },
  };
}

export interface BulkCodeInput {
  highlightIds: readonly string[];
  code: Pick<Code, 'id' | 'name'>;
  op: 'add' | 'remove';
}

export function bulkCodeCommand(
  ctx: CommandContext,
  { highlightIds, code, op }: BulkCodeInput,
): Promise<CommandOutcome<number>> {
  return bulkQuoteEdit(
    ctx,
    { highlightIds, item: code, op },
    { field: 'codeIds', added: 'Added', removed: 'Removed', restored: 'Codes' },
  );
}

export interface BulkTraitInput {
  highlightIds: readonly string[];
  trait: Pick<Trait, 'id' | 'name'>;
  op: 'add' | 'remove';
}

/** Attaches an ICP trait to, or detaches it from, many quotes: the evidence a trait rests on. */
export function bulkTraitCommand(
  ctx: CommandContext,
  { highlightIds, trait, op }: BulkTraitInput,
): Promise<CommandOutcome<number>> {
  return bulkQuoteEdit(
    ctx,
    { highlightIds, item: trait, op },
    { field: 'traitIds', added: 'Attached', removed: 'Detached', restored: 'Traits' },
  );
}
