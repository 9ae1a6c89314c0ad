import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseQuoteFilters, quoteFilterParams, type QuoteFilters } from '../../domain/quoteFilters';

/** Filters live in the URL, so a filtered list survives reload and can be linked to. */
export function useQuoteFilters(): [QuoteFilters, (filters: QuoteFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseQuoteFilters((key) => params.get(key)), [params]);
  const setFilters = useCallback(
    // Replace, not push: one Back should leave the page, not undo each keystroke in "Find".
    (next: QuoteFilters) => setParams(quoteFilterParams(next), { replace: true }),
    [setParams],
  );
  return [filters, setFilters];
}
