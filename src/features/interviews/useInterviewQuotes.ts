import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listCodes } from '../../db/codesRepo';
import { listHighlightsForInterview, listTraits } from '../../db/highlightsRepo';
import type { WorkspaceDb } from '../../db/schema';
import { callPins } from '../../domain/guidePins';
import type { Code } from '../../domain/schemas/code';
import type { Guide } from '../../domain/schemas/guide';
import type { Trait } from '../../domain/schemas/trait';
import { quoteViews, type QuoteView } from './quoteViews';

export interface InterviewQuotes {
  quotes: QuoteView[] | undefined;
  codes: Code[];
  /** The codes on Alt+1…9, in key order: the guide's pins (domain/guidePins.ts). */
  pinned: Code[];
  traits: Trait[];
}

export function useInterviewQuotes(
  db: WorkspaceDb,
  interviewId: string,
  texts: { notes: string; transcript: string },
  guide: Guide | undefined,
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
  const pinned = useMemo(() => callPins(guide, codes ?? []), [guide, codes]);
  return { quotes, codes: codes ?? [], pinned, traits: traits ?? [] };
}
