import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { listAccounts } from '../../db/accountsRepo';
import { listGuides } from '../../db/guidesRepo';
import { latestInterviewer } from '../../db/interviewsRepo';
import { EmptyState } from '../../ui/EmptyState';
import { NewInterviewForm } from './NewInterviewForm';
import { InterviewsBreadcrumb } from './InterviewsBreadcrumb';

export function NewInterviewPage() {
  usePageTitle('New interview');
  const db = useWorkspaceDb();
  const [params] = useSearchParams();
  const data = useLiveQuery(async () => {
    const [accounts, guides, interviewer] = await Promise.all([
      listAccounts(db),
      listGuides(db),
      latestInterviewer(db),
    ]);
    return { accounts, guides, interviewer };
  }, [db]);
  return (
    <section aria-labelledby="new-interview-heading" className="interview-new">
      <InterviewsBreadcrumb />
      <h1 id="new-interview-heading">New interview</h1>
      {data === undefined ? (
        <p role="status">Loading accounts…</p>
      ) : data.accounts.length === 0 ? (
        <EmptyState title="No accounts to interview yet">
          <p>
            An interview is always with an account, so its quotes count for that account’s cohort.
            Add or import accounts first.
          </p>
          <p>
            <Link to="/accounts">Go to Accounts</Link>
          </p>
        </EmptyState>
      ) : (
        <NewInterviewForm
          accounts={data.accounts}
          guides={data.guides}
          defaultInterviewer={data.interviewer ?? ''}
          initialAccountId={params.get('account') ?? ''}
        />
      )}
    </section>
  );
}
