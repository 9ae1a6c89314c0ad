import { useTable, type ColumnVisibilityState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import type { AccountColumn, AccountsTableLayout } from '../../domain/accountsTableLayout';
import type { Account } from '../../domain/schemas/account';
import { buildAccountColumns, accountTableFeatures, isNumericColumn } from './accountColumns';
import type { ScoredAccount } from '../../domain/icp/scoring';

const ROW_HEIGHT = 41;
const getRowId = (row: Account) => row.id;

interface Props {
  accounts: Account[];
  fit: ReadonlyMap<string, ScoredAccount>;
  layout: AccountsTableLayout;
  onSortingChange(sorting: AccountsTableLayout['sorting']): void;
}

export function AccountsTable({ accounts, fit, layout, onSortingChange }: Props) {
  const columns = useMemo(() => buildAccountColumns(fit), [fit]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(layout.hidden.map((id) => [id, false])),
    [layout.hidden],
  );
  const sorting = layout.sorting as SortingState;
  // Stable options: a new function or state object per render makes the table rebuild its
  // row models, which costs tens of milliseconds per scroll step at 50,000 rows.
  const state = useMemo(() => ({ sorting, columnVisibility }), [sorting, columnVisibility]);
  const handleSortingChange = useCallback(
    (updater: SortingState | ((old: SortingState) => SortingState)) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSortingChange(next.map((s) => ({ id: s.id as AccountColumn, desc: s.desc })));
    },
    [sorting, onSortingChange],
  );

  const table = useTable({
    features: accountTableFeatures,
    columns,
    data: accounts,
    getRowId,
    state,
    onSortingChange: handleSortingChange,
    enableMultiSort: false,
  });

  const rows = table.getRowModel().rows;
  // Only the rows in view are in the DOM, so 50,000 accounts scroll like 50.
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const visibleColumns = table.getVisibleLeafColumns().length;

  return (
    <div
      className="table-wrap accounts-scroll"
      ref={scrollRef}
      tabIndex={0}
      aria-label="Accounts table"
    >
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">Accounts; column headers sort the table</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = String(header.column.columnDef.header);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={isNumericColumn(header.column.id) ? 'num' : undefined}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                    }
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {label}
                      <span aria-hidden="true" className="sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={visibleColumns} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                {row.getVisibleCells().map((cell) =>
                  cell.column.id === 'name' ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td
                      key={cell.id}
                      className={isNumericColumn(cell.column.id) ? 'num' : undefined}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={visibleColumns} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
