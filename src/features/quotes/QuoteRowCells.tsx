import { Link } from 'react-router';
import { quoteLabel, type QuoteRow } from '../../domain/quoteFilters';
import { CohortBadge } from '../../ui/CohortBadge';
import { ChipList } from './ChipList';

interface Props {
  row: QuoteRow;
  selected: boolean;
  onToggle(id: string): void;
}

export function QuoteRowCells({ row, selected, onToggle }: Props) {
  const { highlight, account, interview } = row;
  const interviewHref = `/interviews/${encodeURIComponent(highlight.interviewId)}?quote=${encodeURIComponent(highlight.id)}`;
  return (
    <>
      <td className="quotes-select">
        <input
          type="checkbox"
          aria-label={`Select quote “${quoteLabel(row.text)}”`}
          checked={selected}
          onChange={() => onToggle(row.id)}
        />
      </td>
      <th scope="row" className="quotes-text">
        {row.text}
      </th>
      <td>
        {account ? (
          <Link to={`/accounts/${encodeURIComponent(account.id)}`}>{account.name}</Link>
        ) : (
          <span className="quotes-none">Deleted account</span>
        )}
      </td>
      <td className="quotes-nowrap">
        <CohortBadge cohort={account?.cohort ?? null} />
      </td>
      <td className="quotes-nowrap">
        {interview ? (
          <Link
            to={interviewHref}
            title={`Open this quote in the interview by ${interview.interviewer}`}
          >
            {interview.date}
          </Link>
        ) : (
          <span className="quotes-none">Deleted interview</span>
        )}
      </td>
      <td>{highlight.speaker ?? <span className="quotes-none">—</span>}</td>
      <td>
        <ChipList label="Codes" chips={row.codes} />
      </td>
      <td>
        <ChipList label="Traits" chips={row.traits} />
      </td>
    </>
  );
}
