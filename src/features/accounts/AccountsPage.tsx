import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { listAccounts } from '../../db/accountsRepo';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { AccountsList } from './AccountsList';

export function AccountsPage() {
  usePageTitle('Accounts');
  const db = useWorkspaceDb();
  const accounts = useLiveQuery(() => listAccounts(db), [db]);
  return (
    <section aria-labelledby="accounts-heading">
      <div className="page-header">
        <h1 id="accounts-heading">Accounts</h1>
        {accounts && <p className="count">{plural(accounts.length, 'account')}</p>}
      </div>
      {accounts === undefined ? (
        <p role="status">Loading accounts…</p>
      ) : accounts.length === 0 ? (
        <EmptyState title="No accounts yet">
          <p>
            Start from the numbers: bring in your customers and deals from the CRM, then group them
            into cohorts to interview.
          </p>
          <p>
            Exploring first? The <Link to="/workspace">Workspace page</Link> can recreate the demo
            listening tour.
          </p>
        </EmptyState>
      ) : (
        <AccountsList accounts={accounts} />
      )}
    </section>
  );
}
