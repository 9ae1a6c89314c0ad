import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { SearchResultsPanel } from './SearchResultsPanel';
import { flattenHits, hitHref, isTypingTarget, searchKeyAction } from './searchNavigation';
import { useWorkspaceSearch, type SearchResults } from './useWorkspaceSearch';

/**
 * The header search box: a searchbox that owns a listbox of hits through aria-activedescendant,
 * so focus never leaves the box while the arrows move through the results.
 */
export function WorkspaceSearch({ dbName }: { dbName: string }) {
  const navigate = useNavigate();
  const baseId = useId();
  const listboxId = `${baseId}-results`;
  const optionId = (index: number) => `${baseId}-hit-${index}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const { status, query, setQuery, cohort, setCohort, results } = useWorkspaceSearch(dbName);
  const [open, setOpen] = useState(false);
  // The highlighted hit belongs to one set of results; new results start with none.
  const [active, setActive] = useState<{ results: SearchResults | null; index: number }>({
    results: null,
    index: -1,
  });
  const activeIndex = active.results === results ? active.index : -1;
  const hits = useMemo(() => flattenHits(results?.groups ?? []), [results]);
  const showPanel = open && query.trim() !== '';

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (activeIndex >= 0) {
      document.getElementById(`${baseId}-hit-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }, [activeIndex, baseId]);

  const openHit = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    inputRef.current?.blur();
    void navigate(hitHref(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = searchKeyAction(event.key, activeIndex, hits.length, showPanel);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'close') setOpen(false);
    else if (action.type === 'open') openHit(action.index);
    else {
      setOpen(true);
      setActive({ results, index: action.index });
    }
  };

  const ready = status.state === 'ready';
  return (
    <div
      className="search"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        // From the cohort filter, Escape goes back to the box and closes the results.
        if (event.key !== 'Escape' || event.target === inputRef.current || !showPanel) return;
        event.preventDefault();
        inputRef.current?.focus();
        setOpen(false);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label="Search"
        aria-keyshortcuts="/"
        aria-autocomplete="list"
        aria-controls={showPanel ? listboxId : undefined}
        aria-activedescendant={showPanel && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={ready ? 'Search' : 'Indexing…'}
        autoComplete="off"
        spellCheck={false}
        data-index-state={status.state}
        data-index-saved={status.saved}
        data-index-syncing={status.syncing}
        data-index-reindexed={status.reindexed}
        data-index-read={status.read}
        onChange={(event) => {
          setQuery(event.target.value);
          if (!open) setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {query === '' && (
        <kbd className="search-shortcut" aria-hidden="true">
          /
        </kbd>
      )}
      {showPanel && (
        <SearchResultsPanel
          listboxId={listboxId}
          optionId={optionId}
          status={status}
          results={results}
          cohort={cohort}
          onCohortChange={setCohort}
          activeIndex={activeIndex}
          onOpen={openHit}
          onHover={(index) => setActive({ results, index })}
        />
      )}
    </div>
  );
}
