import { CohortBadge } from '../../ui/CohortBadge';
import { DataTable, type Column } from '../../ui/DataTable';
import type { SuggestionOutcome, SuggestionRow } from './useCohortSuggestions';

const OUTCOME_TEXT: Record<SuggestionOutcome, string> = {
  apply: 'Yes',
  kept: 'kept: set by you',
  unchanged: 'No: already this cohort',
  none: 'No: nothing to suggest',
};

const COLUMNS: readonly Column<SuggestionRow>[] = [
  { header: 'Account', rowHeader: true, cell: (row) => row.accountName },
  { header: 'Current cohort', cell: (row) => <CohortBadge cohort={row.suggestion.current} /> },
  {
    header: 'Suggested cohort',
    cell: ({ suggestion }) =>
      suggestion.cohort === null ? '—' : <CohortBadge cohort={suggestion.cohort} />,
  },
  // The reason is prose, so its column keeps a readable width.
  { header: 'Reason', cell: (row) => row.suggestion.reason, className: 'suggest-reason' },
  { header: 'Will apply', cell: (row) => OUTCOME_TEXT[row.outcome] },
];

export function SuggestionsTable({ rows }: { rows: readonly SuggestionRow[] }) {
  return (
    <DataTable
      wrap="suggest-table-wrap"
      scrollLabel="Suggested cohorts"
      className="suggest-table"
      caption="Suggested cohort for each account, the reason, and whether it will be applied"
      captionHidden
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => row.suggestion.accountId}
      rowClassName={(row) => (row.outcome === 'apply' ? 'suggest-apply' : '')}
    />
  );
}
