import { Link } from 'react-router';
import type { PlanCandidate } from '../../domain/planning/tourPlan';

const newInterviewHref = (accountId: string) =>
  `/interviews/new?account=${encodeURIComponent(accountId)}`;

/** One account to interview, with why; the cohort's own gap is said once, above the list. */
export function PlanCandidateItem({ candidate }: { candidate: PlanCandidate }) {
  const { account } = candidate;
  const reasons = candidate.reasons.filter((reason) => reason.kind !== 'gap');
  return (
    <li className="tour-candidate">
      <div className="tour-candidate-head">
        <Link to={`/accounts/${encodeURIComponent(account.id)}`} className="tour-candidate-name">
          {account.name}
        </Link>
        <Link
          className="button"
          to={newInterviewHref(account.id)}
          aria-label={`New interview with ${account.name}`}
        >
          New interview
        </Link>
      </div>
      {reasons.length === 0 ? (
        <p className="field-hint">No unheard trait or deal value on record: one more voice.</p>
      ) : (
        <ul className="tour-reasons" aria-label={`Why ${account.name}`}>
          {reasons.map((reason) => (
            <li key={reason.text} className={`tour-reason ${reason.kind}`}>
              {reason.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
