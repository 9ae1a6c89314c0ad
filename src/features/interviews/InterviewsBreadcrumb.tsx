import { Link } from 'react-router';

/** The way back to the interview list from the pages under it. */
export function InterviewsBreadcrumb() {
  return (
    <p className="interview-breadcrumb">
      <Link to="/interviews">Interviews</Link>
    </p>
  );
}
