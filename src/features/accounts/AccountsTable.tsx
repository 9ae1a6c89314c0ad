import { useTable, type ColumnVisibilityState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { sortAccounts } from '../../domain/accountsSort';
import type { AccountColumn, AccountsTableLayout } from '../../domain/accountsTableLayout';
import type { Account } from '../../domain/schemas/account';
import { buildAccountColumns, accountTableFeatures, isNumericColumn } from './accountColumns';
import { AccountsTableRow } from './AccountsTableRow';
import type { AccountFit } from './useAccountFit';
import type { AccountInterviews } from '../../domain/planning/interviewCoverage';
import { VirtualPadRow } from '../../ui/VirtualPadRow';

const ROW_HEIGHT = 41;
const getRowId = (row: Account) => row.id;

interface Props {
  accounts: readonly Account[];
  /** Ids of the accounts the filters let through; null shows them all. */
  visible: ReadonlySet<string> | null;
  fit: ReadonlyMap<string, AccountFit>;
  interviews: ReadonlyMap<string, AccountInterviews>;
  layout: AccountsTableLayout;
  onSortingChange(sorting: AccountsTableLayout['sorting']): void;
}

export function AccountsTable({
  accounts,
  visible,
  fit,
  interviews,
  layout,
  onSortingChange,
}: Props) {
  const columns = useMemo(() => buildAccountColumns(fit, interviews), [fit, interviews]);
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

  const navigate = useNavigate();
  // A plain click on an account link navigates in the app; modified clicks (new tab) and
  // middle clicks keep the browser's own behaviour, as a router Link would.
  const routeLinkClick = (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/')) return;
    event.preventDefault();
    void navigate(href);
  };

  const sortedAccounts = useMemo(
    () => sortAccounts(accounts, layout.sorting, fit, interviews),
    [accounts, layout.sorting, fit, interviews],
  );
  const shown = useMemo(
    () => (visible ? sortedAccounts.filter((account) => visible.has(account.id)) : sortedAccounts),
    [sortedAccounts, visible],
  );
  // Only the rows in view are in the DOM, so 50,000 accounts scroll like 50.
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Enough to cover a keyboard step or a short wheel turn; every extra row is laid out on
    // each scroll step, and a fast fling replaces all of them anyway.
    overscan: 6,
    // Rendering the new rows inside the scroll event put React's work and the browser's layout
    // in one task, over 50 ms on a fast fling; as a scheduled update they are two short ones,
    // and the overscan rows cover the frame they arrive late.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const end = (items[items.length - 1]?.index ?? -1) + 1;
  // The table is given only the accounts in view. Given all of them, it built a row per account
  // on every write: at 50,000 accounts a cohort edit spent about 15 ms of its 100 ms on rows
  // nobody sees, and as much again collecting them.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- new columns need new rows (cells keep their column)
  const data = useMemo(() => shown.slice(first, end), [shown, first, end, columns]);
  const table = useTable({
    features: accountTableFeatures,
    columns,
    data,
    manualSorting: true,
    getRowId,
    state,
    onSortingChange: handleSortingChange,
    enableMultiSort: false,
  });
  const { rows } = table.getRowModel();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const visibleColumns = table.getVisibleLeafColumns().length;
  const columnsKey = layout.hidden.join(',');

  return (
    <div
      className="table-wrap accounts-scroll"
      ref={scrollRef}
      tabIndex={0}
      aria-label="Accounts table"
    >
      <table className="data-table accounts-table" aria-rowcount={shown.length + 1}>
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
                    className={`col-${header.column.id}${isNumericColumn(header.column.id) ? ' num' : ''}`}
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
        <tbody onClick={routeLinkClick}>
          <VirtualPadRow height={padTop} columns={visibleColumns} />
          {items.map((item) => {
            const row = rows[item.index - first];
            return (
              row && (
                <AccountsTableRow
                  key={row.id}
                  row={row}
                  rowIndex={item.index + 2}
                  height={ROW_HEIGHT}
                  columns={columns}
                  columnsKey={columnsKey}
                />
              )
            );
          })}
          <VirtualPadRow height={padBottom} columns={visibleColumns} />
        </tbody>
      </table>
    </div>
  );
}
