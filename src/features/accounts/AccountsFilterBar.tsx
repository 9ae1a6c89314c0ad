import type { AccountFilterOptions, AccountFilters } from '../../domain/accountFilters';
import { hasActiveFilters, NO_ACCOUNT_FILTERS } from '../../domain/accountFilters';
import { COHORTS, COHORT_SINGULAR } from '../../domain/schemas/cohort';
import { asOptions } from '../../ui/selectOptions';
import { SelectFilter } from '../../ui/SelectFilter';

interface Props {
  filters: AccountFilters;
  options: AccountFilterOptions;
  /** The ICP filters only mean something once the workspace has scored traits. */
  hasScores: boolean;
  onChange(filters: AccountFilters): void;
}

const INTERVIEWED_OPTIONS = [
  { value: 'not_yet' as const, label: 'Not yet' },
  { value: 'yes' as const, label: 'Yes' },
];

const COHORT_OPTIONS = [
  ...COHORTS.map((c) => ({ value: c, label: COHORT_SINGULAR[c] })),
  { value: 'unassigned' as const, label: 'No cohort' },
];

export function AccountsFilterBar({ filters, options, hasScores, onChange }: Props) {
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
      <SelectFilter
        label="Cohort"
        anyLabel="All cohorts"
        value={filters.cohort}
        options={COHORT_OPTIONS}
        onChange={(v) => set('cohort', v)}
      />
      <SelectFilter
        label="Industry"
        anyLabel="All industries"
        value={filters.industry}
        options={asOptions(options.industries)}
        onChange={(v) => set('industry', v)}
      />
      <SelectFilter
        label="Size band"
        anyLabel="All sizes"
        value={filters.sizeBand}
        options={asOptions(options.sizeBands)}
        onChange={(v) => set('sizeBand', v)}
      />
      <SelectFilter
        label="Region"
        anyLabel="All regions"
        value={filters.region}
        options={asOptions(options.regions)}
        onChange={(v) => set('region', v)}
      />
      <SelectFilter
        label="Interviewed"
        anyLabel="Any"
        value={filters.interviewed}
        options={INTERVIEWED_OPTIONS}
        onChange={(v) => set('interviewed', v)}
      />
      {hasScores && (
        <>
          <label>
            <span>Minimum ICP score</span>
            <input
              type="number"
              className="icp-min"
              value={filters.icpMin}
              onChange={(e) => set('icpMin', e.target.value)}
            />
          </label>
          <label className="checkbox-filter">
            <input
              type="checkbox"
              checked={filters.hideExcluded}
              onChange={(e) => set('hideExcluded', e.target.checked)}
            />
            <span>Hide excluded</span>
          </label>
        </>
      )}
      {hasActiveFilters(filters) && (
        <button type="button" onClick={() => onChange(NO_ACCOUNT_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
