import { COHORT_LABELS, COHORTS, cohortSchema, type Cohort } from '../../domain/schemas/cohort';
import type { SearchIndexStatus } from '../../search/searchIndexSync';
import { formatCount, plural } from '../../ui/format';
import { SearchHitOption } from './SearchHitOption';
import { SEARCH_KIND_LABELS } from './searchNavigation';
import type { SearchResults } from './useWorkspaceSearch';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

interface Props {
  listboxId: string;
  optionId(index: number): string;
  status: SearchIndexStatus;
  results: SearchResults | null;
  cohort: Cohort | null;
  onCohortChange(cohort: Cohort | null): void;
  activeIndex: number;
  onOpen(index: number): void;
  onHover(index: number): void;
}

function summary(status: SearchIndexStatus, results: SearchResults | null): string {
  if (status.state === 'unavailable') return 'Search is unavailable. Reload the page to try again.';
  if (status.state === 'loading') return 'Opening the search index…';
  if (!results) return 'Searching…';
  if (results.error) return `Search failed: ${results.error}`;
  const total = results.groups.reduce((sum, group) => sum + group.total, 0);
  const found =
    total === 0 ? `No matches for “${results.query}”` : plural(total, 'match', 'matches');
  return status.state === 'indexing' ? `${found}; still indexing, more may appear` : found;
}

export function SearchResultsPanel({
  listboxId,
  optionId,
  status,
  results,
  cohort,
  onCohortChange,
  activeIndex,
  onOpen,
  onHover,
}: Props) {
  let position = 0;
  return (
    <div
      className="search-panel"
      role="region"
      aria-label="Search results"
      data-results-for={results?.query}
      // A click on the panel's background must not take focus from the box and close it.
      onMouseDown={(event) => {
        if (!(event.target instanceof HTMLSelectElement)) event.preventDefault();
      }}
    >
      <div className="search-panel-bar">
        <label className="search-cohort">
          <span>Cohort</span>
          <select
            value={cohort ?? ''}
            onChange={(event) => {
              const parsed = cohortSchema.safeParse(event.target.value);
              onCohortChange(parsed.success ? parsed.data : null);
            }}
          >
            <Options options={labelledOptions(COHORTS, COHORT_LABELS)} empty="All cohorts" />
          </select>
        </label>
        <p className="search-summary" role="status">
          {summary(status, results)}
        </p>
      </div>
      {results && results.groups.length > 0 && (
        <div role="listbox" id={listboxId} aria-label="Results" className="search-results">
          {results.groups.map((group) => {
            const headingId = `${listboxId}-${group.kind}`;
            return (
              <ul
                key={group.kind}
                role="group"
                aria-labelledby={headingId}
                className="search-group"
              >
                <li role="presentation" id={headingId} className="search-group-heading">
                  {SEARCH_KIND_LABELS[group.kind]}{' '}
                  <span className="search-group-count">
                    {group.total > group.hits.length
                      ? `${group.hits.length} of ${formatCount(group.total)}`
                      : formatCount(group.total)}
                  </span>
                </li>
                {group.hits.map((hit) => {
                  const index = position++;
                  return (
                    <SearchHitOption
                      key={hit.id}
                      id={optionId(index)}
                      hit={hit}
                      active={index === activeIndex}
                      onOpen={() => onOpen(index)}
                      onHover={() => onHover(index)}
                    />
                  );
                })}
              </ul>
            );
          })}
        </div>
      )}
    </div>
  );
}
