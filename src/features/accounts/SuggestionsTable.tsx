import { CohortBadge } from '../../ui/CohortBadge';
import { TableScroll } from '../../ui/TableScroll';
import type { SuggestionOutcome, SuggestionRow } from './useCohortSuggestions';

const OUTCOME_TEXT: Record<SuggestionOutcome, string> = {
  apply: 'Yes',
  kept: 'kept: set by you',
  unchanged: 'No: already this cohort',
  none: 'No: nothing to suggest',
};

export function SuggestionsTable({ rows }: { rows: readonly SuggestionRow[] }) {
  return (
    <TableScroll className="suggest-table-wrap" label="Suggested cohorts">
      <table className="data-table suggest-table">
        <caption className="visually-hidden">
          Suggested cohort for each account, the reason, and whether it will be applied
        </caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Current cohort</th>
            <th scope="col">Suggested cohort</th>
            <th scope="col">Reason</th>
            <th scope="col">Will apply</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ suggestion, accountName, outcome }) => (
            <tr key={suggestion.accountId} className={outcome === 'apply' ? 'suggest-apply' : ''}>
              <th scope="row">{accountName}</th>
              <td>
                <CohortBadge cohort={suggestion.current} />
              </td>
              <td>
                {suggestion.cohort === null ? '—' : <CohortBadge cohort={suggestion.cohort} />}
              </td>
              <td className="suggest-reason">{suggestion.reason}</td>
              <td>{OUTCOME_TEXT[outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
