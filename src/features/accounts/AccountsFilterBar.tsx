import type { AccountFilterOptions, AccountFilters } from '../../domain/accountFilters';
import { hasActiveFilters, NO_ACCOUNT_FILTERS } from '../../domain/accountFilters';
import { COHORTS, COHORT_SINGULAR } from '../../domain/schemas/cohort';
import { asOptions } from '../../ui/selectOptions';
import { FindFilter } from '../../ui/FindFilter';
import { SelectFilters } from '../../ui/SelectFilters';

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
      <FindFilter
        value={filters.text}
        placeholder="Name, domain, stack…"
        onChange={(text) => set('text', text)}
      />
      <SelectFilters
        filters={filters}
        onChange={onChange}
        fields={[
          { key: 'cohort', label: 'Cohort', anyLabel: 'All cohorts', options: COHORT_OPTIONS },
          {
            key: 'industry',
            label: 'Industry',
            anyLabel: 'All industries',
            options: asOptions(options.industries),
          },
          {
            key: 'sizeBand',
            label: 'Size band',
            anyLabel: 'All sizes',
            options: asOptions(options.sizeBands),
          },
          {
            key: 'region',
            label: 'Region',
            anyLabel: 'All regions',
            options: asOptions(options.regions),
          },
          {
            key: 'interviewed',
            label: 'Interviewed',
            anyLabel: 'Any',
            options: INTERVIEWED_OPTIONS,
          },
        ]}
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
