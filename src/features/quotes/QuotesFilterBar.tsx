import {
  hasActiveQuoteFilters,
  NO_QUOTE_FILTERS,
  type QuoteFilterOptions,
  type QuoteFilters,
} from '../../domain/quoteFilters';
import { CODE_KIND_LABELS, CODE_KINDS, codeKindSchema, type Code } from '../../domain/schemas/code';
import { COHORTS, COHORT_SINGULAR, cohortSchema } from '../../domain/schemas/cohort';
import type { Trait } from '../../domain/schemas/trait';
import { FindFilter } from '../../ui/FindFilter';
import { SelectFilters } from '../../ui/SelectFilters';
import { CodeOptions } from '../../ui/CodeOptions';
import { Options } from '../../ui/Options';
import { asOptions, labelledOptions, namedOptions } from '../../ui/selectOptions';

interface Props {
  filters: QuoteFilters;
  options: QuoteFilterOptions;
  codes: readonly Code[];
  traits: readonly Trait[];
  onChange(filters: QuoteFilters): void;
}

export function QuotesFilterBar({ filters, options, codes, traits, onChange }: Props) {
  const set = <K extends keyof QuoteFilters>(key: K, value: QuoteFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <div className="filter-bar quotes-filters" role="group" aria-label="Filter quotes">
      <FindFilter
        className="quotes-find"
        value={filters.text}
        placeholder="Words in the quote, speaker…"
        onChange={(text) => set('text', text)}
      />
      <label>
        <span>Cohort</span>
        <select
          value={filters.cohort}
          onChange={(e) => {
            const value = e.target.value;
            const cohort = cohortSchema.safeParse(value);
            set(
              'cohort',
              cohort.success ? cohort.data : value === 'unassigned' ? 'unassigned' : '',
            );
          }}
        >
          <Options options={labelledOptions(COHORTS, COHORT_SINGULAR)} empty="All cohorts" />
          <option value="unassigned">No cohort</option>
        </select>
      </label>
      <label>
        <span>Code</span>
        <select value={filters.codeId} onChange={(e) => set('codeId', e.target.value)}>
          <option value="">All codes</option>
          <CodeOptions codes={codes} />
        </select>
      </label>
      <label>
        <span>Code kind</span>
        <select
          value={filters.codeKind}
          onChange={(e) => {
            const kind = codeKindSchema.safeParse(e.target.value);
            set('codeKind', kind.success ? kind.data : '');
          }}
        >
          <Options options={labelledOptions(CODE_KINDS, CODE_KIND_LABELS)} empty="All kinds" />
        </select>
      </label>
      <label>
        <span>Trait</span>
        <select
          value={filters.traitId}
          onChange={(e) => set('traitId', e.target.value)}
          disabled={traits.length === 0}
        >
          <Options
            options={namedOptions(traits)}
            empty={traits.length === 0 ? 'No traits yet' : 'All traits'}
          />
        </select>
      </label>
      <SelectFilters
        filters={filters}
        onChange={onChange}
        fields={[
          {
            key: 'accountId',
            label: 'Account',
            anyLabel: 'All accounts',
            options: options.accounts,
          },
          {
            key: 'interviewId',
            label: 'Interview',
            anyLabel: 'All interviews',
            options: options.interviews,
          },
          {
            key: 'speaker',
            label: 'Speaker',
            anyLabel: 'All speakers',
            options: asOptions(options.speakers),
          },
        ]}
      />
      {hasActiveQuoteFilters(filters) && (
        <button type="button" onClick={() => onChange(NO_QUOTE_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
