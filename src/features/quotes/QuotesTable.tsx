import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { QuoteRow } from '../../domain/quoteFilters';
import { QuoteRowCells } from './QuoteRowCells';
import { VirtualPadRow } from '../../ui/VirtualPadRow';

const ESTIMATED_ROW_HEIGHT = 64;
const COLUMNS = ['Quote', 'Account', 'Cohort', 'Interview', 'Speaker', 'Codes', 'Traits'];

interface Props {
  rows: readonly QuoteRow[];
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onToggleAll(): void;
}

export function QuotesTable({ rows, selected, onToggle, onToggleAll }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const selectedShown = rows.reduce((n, row) => n + (selected.has(row.id) ? 1 : 0), 0);
  const allShown = rows.length > 0 && selectedShown === rows.length;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = selectedShown > 0 && !allShown;
  }, [selectedShown, allShown]);

  // Quotes wrap to different heights, so rows are measured as they render; only those in view
  // are in the DOM, which keeps 20,000 quotes as light as 20.
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const columnCount = COLUMNS.length + 1;

  return (
    <div
      className="table-wrap quotes-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label="Quotes table"
    >
      <table className="data-table quotes-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Quotes with their account, interview and codes
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="quotes-select">
              <input
                ref={allRef}
                type="checkbox"
                aria-label="Select all shown"
                checked={allShown}
                onChange={onToggleAll}
              />
            </th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <VirtualPadRow height={padTop} columns={columnCount} />
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={selected.has(row.id) ? 'quotes-row selected' : 'quotes-row'}
              >
                <QuoteRowCells row={row} selected={selected.has(row.id)} onToggle={onToggle} />
              </tr>
            );
          })}
          <VirtualPadRow height={padBottom} columns={columnCount} />
        </tbody>
      </table>
    </div>
  );
}
