import { lazy, Suspense, useDeferredValue, useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { accountFilterOptions, filterAccounts } from '../../domain/accountFilters';
import { EmptyState } from '../../ui/EmptyState';
import { formatCount, plural } from '../../ui/format';
import { AccountsFilterBar } from './AccountsFilterBar';
import { AccountsPageActions } from './AccountsPageActions';
import { ColumnPicker } from './ColumnPicker';
import { LikelyDuplicates } from './LikelyDuplicates';
import { useAccountFit } from './useAccountFit';
import { useAccountInterviews } from './useAccountInterviews';
import { useAccountsTableLayout } from './useAccountsTableLayout';
import { useLiveAccounts } from './useLiveAccounts';
import { PageHeader } from '../../ui/PageHeader';
import { NoFilterMatch } from '../../ui/NoFilterMatch';

/**
 * The table library and its virtualiser are a fifth of the first load: they load beside the
 * workspace's first read, started with this module, and are in by the time the rows are.
 */
const loadingTable = import('./AccountsTable');
const AccountsTable = lazy(() => loadingTable.then((m) => ({ default: m.AccountsTable })));

export function AccountsPage() {
  usePageTitle('Accounts');
  const db = useWorkspaceDb();
  // Deferred: re-sorting tens of thousands of rows after a write (an import, a cohort edit)
  // must not hold up what the user is looking at, such as an import's summary.
  const accounts = useDeferredValue(useLiveAccounts(db));
  // The bench's signal that a stored change is on screen (it measures inline edits by it).
  useEffect(() => {
    if (accounts) performance.mark('accounts:shown');
  }, [accounts]);
  const { layout, update, loaded } = useAccountsTableLayout(db);
  const interviews = useAccountInterviews(db, accounts);
  const fit = useAccountFit(db, accounts, interviews);
  // The filter fields answer each keystroke at once; the rows follow as a deferred render.
  const filters = useDeferredValue(layout.filters);
  const filtered = useMemo(
    () => (accounts ? filterAccounts(accounts, filters, fit, interviews) : []),
    [accounts, filters, fit, interviews],
  );
  // The table sorts every account once and shows the filtered ones in that order, so a
  // keystroke in Find does not re-sort (nor rebuild the rows of) 50,000 accounts.
  const visible = useMemo(
    () =>
      accounts && filtered.length < accounts.length ? new Set(filtered.map((a) => a.id)) : null,
    [accounts, filtered],
  );
  const options = useMemo(() => accountFilterOptions(accounts ?? []), [accounts]);

  const total = accounts?.length ?? 0;
  const countText =
    filtered.length === total
      ? plural(total, 'account')
      : `${formatCount(filtered.length)} of ${plural(total, 'account')}`;

  return (
    <section aria-labelledby="accounts-heading" className="accounts-page">
      <PageHeader
        headingId="accounts-heading"
        title="Accounts"
        count={accounts && countText}
        liveCount
      >
        <div className="header-actions">
          <Link className="button" to="/accounts/new">
            Add account
          </Link>
          <AccountsPageActions />
        </div>
      </PageHeader>
      {accounts === undefined || !loaded ? (
        <p role="status">Loading accounts…</p>
      ) : accounts.length === 0 ? (
        <EmptyState title="No accounts yet">
          <p>
            Start from the numbers: import your customers and deals from the CRM (HubSpot or
            Salesforce CSV), or add an account by hand, then group them into cohorts to interview.
          </p>
          <p>
            The <Link to="/start">Start page</Link> lists the method&apos;s eight steps, from these
            exports to a signed-off ICP, and follows your progress. Exploring first? The{' '}
            <Link to="/workspace">Workspace page</Link> can recreate the demo listening tour.
          </p>
        </EmptyState>
      ) : (
        <>
          <LikelyDuplicates accounts={accounts} />
          <div className="table-toolbar">
            <AccountsFilterBar
              filters={layout.filters}
              options={options}
              hasScores={fit.size > 0}
              onChange={(filters) => update((l) => ({ ...l, filters }))}
            />
            <ColumnPicker
              hidden={layout.hidden}
              onChange={(hidden) => update((l) => ({ ...l, hidden }))}
            />
          </div>
          {filtered.length === 0 ? (
            <NoFilterMatch what="accounts" />
          ) : (
            <Suspense fallback={<p role="status">Loading accounts…</p>}>
              <AccountsTable
                accounts={accounts}
                visible={visible}
                fit={fit}
                interviews={interviews}
                layout={layout}
                onSortingChange={(sorting) => update((l) => ({ ...l, sorting }))}
              />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
