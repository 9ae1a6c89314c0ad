import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listCodes } from '../../db/codesRepo';
import { listTraits } from '../../db/highlightsRepo';
import { listAllHighlights, listQuoteContext } from '../../db/quotesRepo';
import type { WorkspaceDb } from '../../db/schema';
import { buildQuoteRows } from '../../domain/quoteFilters';

/**
 * Separate live queries per source, so a bulk code edit re-reads the quotes and not every
 * interview's notes as well.
 */
export function useQuotesData(db: WorkspaceDb) {
  const highlights = useLiveQuery(() => listAllHighlights(db), [db]);
  const context = useLiveQuery(() => listQuoteContext(db), [db]);
  const codes = useLiveQuery(() => listCodes(db), [db]);
  const traits = useLiveQuery(() => listTraits(db), [db]);
  const rows = useMemo(
    () =>
      highlights && context && codes && traits
        ? buildQuoteRows({ highlights, ...context, codes, traits })
        : undefined,
    [highlights, context, codes, traits],
  );
  return { rows, codes: codes ?? [], traits: traits ?? [] };
}
