import { useCallback, useEffect, useRef, useState } from 'react';
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

interface Shown {
  /** The query the panel shows results for; it trails the box by one answer of the index. */
  query: string;
  results: SearchResults | null;
}

/**
 * Query, cohort and the results for them. Every keystroke queries the index at once: it answers
 * in milliseconds, so a debounce would only add delay. Results stay on screen until the next
 * ones arrive, so the list does not flicker while typing.
 *
 * A keystroke renders nothing: the box is uncontrolled and the query goes straight to the index.
 * Query and results are rendered together when the answer comes. After a keystroke Chromium
 * paints before it runs the index's answer, so a render at the keystroke would be paid twice on
 * the way to the results: once before that paint and once in it.
 */
export function useWorkspaceSearch(dbName: string) {
  const { status, search } = useSearchIndex(dbName);
  const [cohort, setCohortState] = useState<Cohort | null>(null);
  const [shown, setShown] = useState<Shown>({ query: '', results: null });
  // What the box and the filter hold now; an answer for anything else is stale.
  const wanted = useRef<{ query: string; cohort: Cohort | null }>({ query: '', cohort: null });

  const run = useCallback(
    (query: string, cohort: Cohort | null) => {
      wanted.current = { query, cohort };
      if (query.trim() === '') {
        setShown({ query, results: null });
        return;
      }
      const current = () => wanted.current.query === query && wanted.current.cohort === cohort;
      search(query, cohort, HITS_PER_KIND).then(
        (groups) => {
          // Rendered in the task that brought them, not in one more task of React's scheduler,
          // which the browser may run after a frame.
          if (current() && groups)
            flushSync(() => setShown({ query, results: { query, cohort, groups } }));
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          if (current())
            setShown({ query, results: { query, cohort, groups: [], error: message } });
        },
      );
    },
    [search],
  );

  // Open results fill in as indexing completes or records change.
  useEffect(() => {
    const { query, cohort } = wanted.current;
    if (query.trim() !== '') run(query, cohort);
  }, [run, status]);

  const setQuery = useCallback((query: string) => run(query, wanted.current.cohort), [run]);
  const setCohort = useCallback(
    (next: Cohort | null) => {
      setCohortState(next);
      run(wanted.current.query, next);
    },
    [run],
  );

  return {
    status,
    query: shown.query,
    setQuery,
    cohort,
    setCohort,
    results: shown.query.trim() === '' ? null : shown.results,
  };
}
