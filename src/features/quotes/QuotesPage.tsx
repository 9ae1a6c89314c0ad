import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { filterQuotes, quoteFilterOptions, type QuoteFilters } from '../../domain/quoteFilters';
import { EmptyState } from '../../ui/EmptyState';
import { formatCount, plural } from '../../ui/format';
import { QuotesBulkBar } from './QuotesBulkBar';
import { QuotesFilterBar } from './QuotesFilterBar';
import { QuotesTable } from './QuotesTable';
import { useBulkEdits } from './useBulkEdits';
import { useQuoteFilters } from './useQuoteFilters';
import { useQuotesData } from './useQuotesData';
import { PageHeader } from '../../ui/PageHeader';
import { NoFilterMatch } from '../../ui/NoFilterMatch';

export function QuotesPage() {
  usePageTitle('Quotes');
  const db = useWorkspaceDb();
  const { rows, codes, traits } = useQuotesData(db);
  const [filters, setFilters] = useQuoteFilters();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const shown = useMemo(() => (rows ? filterQuotes(rows, filters) : []), [rows, filters]);
  const options = useMemo(() => quoteFilterOptions(rows ?? []), [rows]);
  // Bulk edits act on what is both selected and shown, so a hidden quote is never changed.
  const selectedShown = useMemo(
    () => shown.filter((row) => selected.has(row.id)).map((row) => row.id),
    [shown, selected],
  );
  const edits = useBulkEdits(selectedShown);

  const total = rows?.length ?? 0;
  const countText =
    shown.length === total
      ? plural(total, 'quote')
      : `${formatCount(shown.length)} of ${plural(total, 'quote')}`;

  const changeFilters = (next: QuoteFilters) => {
    setSelected(new Set());
    setFilters(next);
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleAllShown = () =>
    setSelected(
      selectedShown.length === shown.length ? new Set() : new Set(shown.map((row) => row.id)),
    );

  return (
    <section aria-labelledby="quotes-heading" className="quotes-page">
      <PageHeader headingId="quotes-heading" title="Quotes" count={rows && countText} liveCount>
        <div className="header-actions">
          <Link className="button" to="/codebook">
            Codebook
          </Link>
        </div>
      </PageHeader>
      {rows === undefined ? (
        <p role="status">Loading quotes…</p>
      ) : rows.length === 0 ? (
        <EmptyState title="No quotes yet">
          <p>
            Quotes are highlighted from interview notes and transcripts, then coded. Open an{' '}
            <Link to="/interviews">interview</Link> to start.
          </p>
        </EmptyState>
      ) : (
        <>
          <QuotesFilterBar
            filters={filters}
            options={options}
            codes={codes}
            traits={traits}
            onChange={changeFilters}
          />
          <QuotesBulkBar
            selectedCount={selectedShown.length}
            codes={codes}
            traits={traits}
            edits={edits}
            onClear={() => setSelected(new Set())}
          />
          {shown.length === 0 ? (
            <NoFilterMatch what="quotes" />
          ) : (
            <QuotesTable
              rows={shown}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAllShown}
            />
          )}
        </>
      )}
    </section>
  );
}
