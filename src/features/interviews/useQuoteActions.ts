import type { Announce } from './announce';
import { useCallback, useMemo } from 'react';
import { createCode as createCodeInDb } from '../../db/codesRepo';
import {
  addHighlightCode,
  createHighlight,
  deleteHighlight,
  removeHighlightCode,
  restoreHighlight,
  updateHighlightTraits,
} from '../../db/highlightsRepo';
import type { WorkspaceDb } from '../../db/schema';
import { nowIso } from '../../db/workspaceRegistry';
import { createAnchor } from '../../domain/anchoring';
import type { Code, CodeKind } from '../../domain/schemas/code';
import type { Anchor } from '../../domain/schemas/highlight';
import { useToast } from '../../ui/toastContext';
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
  db: WorkspaceDb;
  interviewId: string;
  accountId: string;
  quotes: readonly QuoteView[] | undefined;
  /** Saves pending notes first, so a new anchor and the stored notes describe the same text. */
  flushNotes(): Promise<void>;
  announce: Announce;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useQuoteActions({
  db,
  interviewId,
  accountId,
  quotes,
  flushNotes,
  announce,
}: Options): QuoteActions {
  const toast = useToast();

  const fail = useCallback(
    (what: string, e: unknown) => {
      const text = `${what}: ${message(e)}`;
      announce(text, 'error');
      toast({ message: text, tone: 'error' });
    },
    [announce, toast],
  );

  const quote = useCallback(
    async ({ source, text, range, code, speaker }: QuoteRequest) => {
      try {
        const existing = quoteAt(quotes ?? [], source, range.start, range.end);
        if (existing) {
          if (!code) return existing.highlight.id;
          if (existing.highlight.codeIds.includes(code.id)) {
            announce(`Already coded as ${code.name}`);
          } else {
            await addHighlightCode(db, existing.highlight.id, code.id, nowIso());
            announce(`Coded as ${code.name}`);
          }
          return existing.highlight.id;
        }
        if (source === 'notes') await flushNotes();
        const highlight = await createHighlight(
          db,
          {
            interviewId,
            accountId,
            anchor: createAnchor(text, range.start, range.end, source),
            codeIds: code ? [code.id] : [],
            speaker: speaker ?? null,
          },
          nowIso(),
        );
        announce(code ? `Coded as ${code.name}` : 'Quote created: add its codes');
        return highlight.id;
      } catch (e) {
        fail('The quote was not saved', e);
        return null;
      }
    },
    [quotes, db, interviewId, accountId, flushNotes, announce, fail],
  );

  const addCode = useCallback(
    async (highlightId: string, code: Code) => {
      await addHighlightCode(db, highlightId, code.id, nowIso());
      announce(`Coded as ${code.name}`);
    },
    [db, announce],
  );

  const removeCode = useCallback(
    async (highlightId: string, code: Code) => {
      try {
        await removeHighlightCode(db, highlightId, code.id, nowIso());
        announce(`Removed ${code.name}`);
      } catch (e) {
        fail('The code was not removed', e);
      }
    },
    [db, announce, fail],
  );

  const createCode = useCallback(
    (name: string, kind: CodeKind) => createCodeInDb(db, { name, kind }, nowIso()),
    [db],
  );

  const setTraits = useCallback(
    async (highlightId: string, traitIds: string[]) => {
      try {
        await updateHighlightTraits(db, highlightId, traitIds, nowIso());
      } catch (e) {
        fail('The traits were not saved', e);
      }
    },
    [db, fail],
  );

  const remove = useCallback(
    async (view: QuoteView) => {
      try {
        const removed = await deleteHighlight(db, view.highlight.id);
        if (!removed) return;
        toast({
          message: 'Quote deleted',
          action: { label: 'Undo', run: () => restoreHighlight(db, removed) },
        });
      } catch (e) {
        fail('The quote was not deleted', e);
      }
    },
    [db, toast, fail],
  );

  return useMemo(
    () => ({ quote, addCode, removeCode, createCode, setTraits, remove }),
    [quote, addCode, removeCode, createCode, setTraits, remove],
  );
}
