import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { listInterviewsWithAccounts, type InterviewListRow } from '../../db/interviewsRepo';
import { CohortBadge } from '../../ui/CohortBadge';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';

const COLUMNS: readonly Column<InterviewListRow>[] = [
  {
    header: 'Date',
    cell: ({ interview, account }) => (
      <Link
        to={`/interviews/${interview.id}`}
        aria-label={`${interview.date}, interview with ${account?.name ?? 'a deleted account'}`}
      >
        {interview.date}
      </Link>
    ),
  },
  { header: 'Account', rowHeader: true, cell: ({ account }) => account?.name ?? 'Deleted account' },
  { header: 'Cohort', cell: ({ account }) => <CohortBadge cohort={account?.cohort ?? null} /> },
  { header: 'Interviewer', cell: ({ interview }) => interview.interviewer },
];

export function InterviewsPage() {
  usePageTitle('Interviews');
  const db = useWorkspaceDb();
  const navigate = useNavigate();
  const rows = useLiveQuery(() => listInterviewsWithAccounts(db), [db]);
  return (
    <section aria-labelledby="interviews-heading">
      <PageHeader
        headingId="interviews-heading"
        title="Interviews"
        count={rows && plural(rows.length, 'interview')}
      >
        <div className="interview-list-actions">
          <Link to="/interviews/plan">Tour plan</Link>
          <Link to="/guides">Interview guides</Link>
          <button type="button" className="primary" onClick={() => navigate('/interviews/new')}>
            New interview
          </button>
        </div>
      </PageHeader>
      {rows === undefined ? (
        <p role="status">Loading interviews…</p>
      ) : (
        <DataTable
          caption="Interviews, newest first"
          captionHidden
          columns={COLUMNS}
          rows={rows}
          rowKey={({ interview }) => interview.id}
          empty={
            <EmptyState title="No interviews yet">
              <p>
                Interview each cohort with the same questions: power users, emerging promoters,
                churners and lost deals. Add the accounts first, then log your first call here.
              </p>
            </EmptyState>
          }
        />
      )}
    </section>
  );
}
