import { useLiveQuery } from 'dexie-react-hooks';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { listQuotes } from '../../db/highlightsRepo';
import { CohortBadge } from '../../ui/CohortBadge';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';

export function QuotesPage() {
  usePageTitle('Quotes');
  const db = useWorkspaceDb();
  const rows = useLiveQuery(() => listQuotes(db), [db]);
  return (
    <section aria-labelledby="quotes-heading">
      <div className="page-header">
        <h1 id="quotes-heading">Quotes</h1>
        {rows && <p className="count">{plural(rows.length, 'quote')}</p>}
      </div>
      {rows === undefined ? (
        <p role="status">Loading quotes…</p>
      ) : rows.length === 0 ? (
        <EmptyState title="No quotes yet">
          <p>Quotes are highlighted from interview notes and transcripts, then coded.</p>
        </EmptyState>
      ) : (
        <ul className="quote-list">
          {rows.map(({ highlight, account, codes }) => (
            <li key={highlight.id} className="quote">
              <blockquote>{highlight.anchor.exact}</blockquote>
              <p className="quote-meta">
                <span>{account?.name ?? 'Unknown account'}</span>{' '}
                <CohortBadge cohort={account?.cohort ?? null} />
                {highlight.speaker && <span> · {highlight.speaker}</span>}
              </p>
              <ul className="code-chips" aria-label="Codes">
                {codes.map((code) => (
                  <li key={code.id} style={{ borderColor: code.colour }}>
                    {code.name}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
