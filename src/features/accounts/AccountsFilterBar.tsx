import type { AccountFilterOptions, AccountFilters } from '../../domain/accountFilters';
import { hasActiveFilters, NO_ACCOUNT_FILTERS } from '../../domain/accountFilters';
import { COHORTS, COHORT_SINGULAR } from '../../domain/schemas/cohort';

interface Props {
  filters: AccountFilters;
  options: AccountFilterOptions;
  onChange(filters: AccountFilters): void;
}

export function AccountsFilterBar({ filters, options, onChange }: Props) {
  const set = <K extends keyof AccountFilters>(key: K, value: AccountFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <div className="filter-bar" role="group" aria-label="Filter accounts">
      <label>
        <span>Find</span>
        <input
          type="search"
          value={filters.text}
          onChange={(e) => set('text', e.target.value)}
          placeholder="Name, domain, stack…"
        />
      </label>
      <label>
        <span>Cohort</span>
        <select
          value={filters.cohort}
          onChange={(e) => set('cohort', e.target.value as AccountFilters['cohort'])}
        >
          <option value="">All cohorts</option>
          {COHORTS.map((c) => (
            <option key={c} value={c}>
              {COHORT_SINGULAR[c]}
            </option>
          ))}
          <option value="unassigned">No cohort</option>
        </select>
      </label>
      <label>
        <span>Industry</span>
        <select value={filters.industry} onChange={(e) => set('industry', e.target.value)}>
          <option value="">All industries</option>
          {options.industries.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Size band</span>
        <select
          value={filters.sizeBand}
          onChange={(e) => set('sizeBand', e.target.value as AccountFilters['sizeBand'])}
        >
          <option value="">All sizes</option>
          {options.sizeBands.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Region</span>
        <select value={filters.region} onChange={(e) => set('region', e.target.value)}>
          <option value="">All regions</option>
          {options.regions.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {hasActiveFilters(filters) && (
        <button type="button" onClick={() => onChange(NO_ACCOUNT_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
