import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listCodes } from '../../db/codesRepo';
import { listHighlightsForInterview, listTraits } from '../../db/highlightsRepo';
import type { WorkspaceDb } from '../../db/schema';
import type { Code } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';
import { MAX_PINNED_SHORTCUTS } from './notesEditing';
import { quoteViews, type QuoteView } from './quoteViews';

export interface InterviewQuotes {
  quotes: QuoteView[] | undefined;
  codes: Code[];
  /** The codes with Alt+1…9 shortcuts, in codebook order. */
  pinned: Code[];
  traits: Trait[];
}

export function useInterviewQuotes(
  db: WorkspaceDb,
  interviewId: string,
  texts: { notes: string; transcript: string },
): InterviewQuotes {
  const highlights = useLiveQuery(
    () => listHighlightsForInterview(db, interviewId),
    [db, interviewId],
  );
  const codes = useLiveQuery(() => listCodes(db), [db]);
  const traits = useLiveQuery(() => listTraits(db), [db]);
  const { notes, transcript } = texts;
  const quotes = useMemo(
    () =>
      highlights && codes && traits
        ? quoteViews(highlights, { notes, transcript }, codes, traits)
        : undefined,
    [highlights, codes, traits, notes, transcript],
  );
  const pinned = useMemo(
    () => (codes ?? []).filter((c) => c.pinned).slice(0, MAX_PINNED_SHORTCUTS),
    [codes],
  );
  return { quotes, codes: codes ?? [], pinned, traits: traits ?? [] };
}
