import type { Announce } from './announce';
import { useCallback, useMemo } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { createCodeCommand } from '../../commands/codeCommands';
import {
  addHighlightCodeCommand,
  createHighlightCommand,
  deleteHighlightCommand,
  removeHighlightCodeCommand,
  setHighlightTraitsCommand,
} from '../../commands/highlightCommands';
import { createAnchor } from '../../domain/anchoring';
import type { Code, CodeKind } from '../../domain/schemas/code';
import type { Anchor } from '../../domain/schemas/highlight';
import type { TextRange } from './notesEditing';
import { quoteAt, type QuoteView } from './quoteViews';

export interface QuoteRequest {
  source: Anchor['source'];
  /** The whole text the range points into: the notes as typed, or transcriptText(segments). */
  text: string;
  range: TextRange;
  /** The code to put on it (a shortcut), or null to quote first and code after. */
  code: Code | null;
  speaker?: string | null;
}

export interface QuoteActions {
  /** Creates the quote (or codes the existing one on that exact range); returns its id. */
  quote(request: QuoteRequest): Promise<string | null>;
  addCode(highlightId: string, code: Code): Promise<void>;
  removeCode(highlightId: string, code: Code): Promise<void>;
  createCode(name: string, kind: CodeKind): Promise<Code>;
  setTraits(highlightId: string, traitIds: string[]): Promise<void>;
  remove(quote: QuoteView): Promise<void>;
}

interface Options {
  interviewId: string;
  accountId: string;
  quotes: readonly QuoteView[] | undefined;
  /** Saves pending notes first, so a new anchor and the stored notes describe the same text. */
  flushNotes(): Promise<void>;
  announce: Announce;
}

/**
 * The quote edits of the interview page. They speak through the page's live region, not toasts
 * (a call goes on while they happen); only a delete offers its Undo in a toast.
 */
export function useQuoteActions({
  interviewId,
  accountId,
  quotes,
  flushNotes,
  announce,
}: Options): QuoteActions {
  const run = useCommand();
  const ctx = useCommandContext();

  const quietly = useCallback(
    (what: string) => ({
      failed: what,
      quiet: true,
      onFailed: (sentence: string) => announce(sentence, 'error'),
    }),
    [announce],
  );

  const quote = useCallback(
    async ({ source, text, range, code, speaker }: QuoteRequest) => {
      const existing = quoteAt(quotes ?? [], source, range.start, range.end);
      if (existing) {
        if (!code) return existing.highlight.id;
        if (existing.highlight.codeIds.includes(code.id)) {
          announce(`Already coded as ${code.name}`);
          return existing.highlight.id;
        }
        const coded = await run(
          addHighlightCodeCommand(ctx, { highlightId: existing.highlight.id, code }),
          quietly('The quote was not saved'),
        );
        if (!coded) return null;
        announce(`Coded as ${code.name}`);
        return existing.highlight.id;
      }
      const highlight = await run(
        (async () => {
          if (source === 'notes') await flushNotes();
          return createHighlightCommand(ctx, {
            interviewId,
            accountId,
            anchor: createAnchor(text, range.start, range.end, source),
            codeIds: code ? [code.id] : [],
            speaker: speaker ?? null,
          });
        })(),
        quietly('The quote was not saved'),
      );
      if (!highlight) return null;
      announce(code ? `Coded as ${code.name}` : 'Quote created: add its codes');
      return highlight.id;
    },
    [quotes, ctx, run, interviewId, accountId, flushNotes, announce, quietly],
  );

  /** Rejects with the reason, for the code picker to show. */
  const addCode = useCallback(
    async (highlightId: string, code: Code) => {
      await run(addHighlightCodeCommand(ctx, { highlightId, code }), {
        failed: 'The code was not added',
        quiet: true,
        throwErrors: true,
      });
      announce(`Coded as ${code.name}`);
    },
    [ctx, run, announce],
  );

  const removeCode = useCallback(
    async (highlightId: string, code: Code) => {
      const removed = await run(
        removeHighlightCodeCommand(ctx, { highlightId, code }),
        quietly('The code was not removed'),
      );
      if (removed) announce(`Removed ${code.name}`);
    },
    [ctx, run, announce, quietly],
  );

  /** Rejects with the reason, for the code picker to show. */
  const createCode = useCallback(
    async (name: string, kind: CodeKind) => {
      const code = await run(createCodeCommand(ctx, { name, kind }), {
        failed: 'The code was not created',
        quiet: true,
        throwErrors: true,
      });
      if (!code) throw new Error('The code was not created.');
      return code;
    },
    [ctx, run],
  );

  const setTraits = useCallback(
    async (highlightId: string, traitIds: string[]) => {
      await run(
        setHighlightTraitsCommand(ctx, { highlightId, traitIds }),
        quietly('The traits were not saved'),
      );
    },
    [ctx, run, quietly],
  );

  const remove = useCallback(
    async (view: QuoteView) => {
      await run(deleteHighlightCommand(ctx, view.highlight.id), {
        ...quietly('The quote was not deleted'),
        quiet: false,
      });
    },
    [ctx, run, quietly],
  );

  return useMemo(
    () => ({ quote, addCode, removeCode, createCode, setTraits, remove }),
    [quote, addCode, removeCode, createCode, setTraits, remove],
  );
}
