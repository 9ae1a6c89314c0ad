import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { getInterviewView } from '../../db/interviewsRepo';
import { EmptyState } from '../../ui/EmptyState';
import { InterviewWorkspace } from './InterviewWorkspace';

export function InterviewPage() {
  const { interviewId = '' } = useParams();
  const db = useWorkspaceDb();
  const view = useLiveQuery(() => getInterviewView(db, interviewId), [db, interviewId]);
  usePageTitle(
    view?.account
      ? `Interview with ${view.account.name}`
      : view === null
        ? 'No such interview'
        : 'Interview',
  );
  if (view === undefined) return <p role="status">Loading interview…</p>;
  if (view === null) {
    return (
      <EmptyState title="This interview does not exist">
        <p>It may have been deleted, or the link is from another workspace.</p>
        <p>
          <Link to="/interviews">Back to Interviews</Link>
        </p>
      </EmptyState>
    );
  }
  // Keyed by id: the notes draft belongs to one interview and must not carry over to the next.
  return <InterviewWorkspace key={view.interview.id} view={view} />;
}
