import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Cohort } from '../../domain/schemas/cohort';
import type { SearchGroup } from '../../search/searchIndex';
import { useSearchIndex } from '../../search/useSearchIndex';

/** A header pop-up has room for a handful per kind; the group heading gives the full count. */
const HITS_PER_KIND = 5;

export interface SearchResults {
  query: string;
  cohort: Cohort | null;
  groups: SearchGroup[];
  /** Set when the query failed, so the panel says so rather than "No matches". */
  error?: string;
}

/**
 * Query, cohort and the results for them. Every keystroke queries the index at once: it answers
 * in milliseconds, so a debounce would only add delay. Results stay on screen until the next
 * ones arrive, so the list does not flicker while typing.
 */
export function useWorkspaceSearch(dbName: string) {
  const { status, search } = useSearchIndex(dbName);
  const [query, setQuery] = useState('');
  const [cohort, setCohort] = useState<Cohort | null>(null);
  const [results, setResults] = useState<SearchResults | null>(null);

  // Status is a dependency so open results fill in as indexing completes or records change.
  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    search(query, cohort, HITS_PER_KIND).then(
      (groups) => {
        // Rendered in the task that brought them, not in one more task of React's scheduler,
        // which the browser may run after a frame.
        if (current && groups) flushSync(() => setResults({ query, cohort, groups }));
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (current) setResults({ query, cohort, groups: [], error: message });
      },
    );
    return () => {
      current = false;
    };
  }, [query, cohort, search, status]);

  return {
    status,
    query,
    setQuery,
    cohort,
    setCohort,
    results: query.trim() === '' ? null : results,
  };
}
