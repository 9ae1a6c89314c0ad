import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { listInterviewsWithAccounts } from '../../db/interviewsRepo';
import { CohortBadge } from '../../ui/CohortBadge';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';

export function InterviewsPage() {
  usePageTitle('Interviews');
  const db = useWorkspaceDb();
  const navigate = useNavigate();
  const rows = useLiveQuery(() => listInterviewsWithAccounts(db), [db]);
  return (
    <section aria-labelledby="interviews-heading">
      <div className="page-header">
        <h1 id="interviews-heading">Interviews</h1>
        {rows && <p className="count">{plural(rows.length, 'interview')}</p>}
        <div className="interview-list-actions">
          <Link to="/guides">Interview guides</Link>
          <button type="button" className="primary" onClick={() => navigate('/interviews/new')}>
            New interview
          </button>
        </div>
      </div>
      {rows === undefined ? (
        <p role="status">Loading interviews…</p>
      ) : rows.length === 0 ? (
        <EmptyState title="No interviews yet">
          <p>
            Interview each cohort with the same questions: power users, emerging promoters, churners
            and lost deals. Add the accounts first, then log your first call here.
          </p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Interviews, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Account</th>
                <th scope="col">Cohort</th>
                <th scope="col">Interviewer</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ interview, account }) => (
                <tr key={interview.id}>
                  <td>
                    <Link
                      to={`/interviews/${interview.id}`}
                      aria-label={`${interview.date}, interview with ${account?.name ?? 'a deleted account'}`}
                    >
                      {interview.date}
                    </Link>
                  </td>
                  <th scope="row">{account?.name ?? 'Deleted account'}</th>
                  <td>
                    <CohortBadge cohort={account?.cohort ?? null} />
                  </td>
                  <td>{interview.interviewer}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
