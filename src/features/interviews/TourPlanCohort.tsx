import { useState } from 'react';
import { Link } from 'react-router';
import type { CohortPlan } from '../../domain/planning/tourPlan';
import { COHORT_LABELS } from '../../domain/schemas/cohort';
import { plural } from '../../ui/format';
import { PlanCandidateItem } from './PlanCandidateItem';

/** A short list reads at a glance; the rest is one click away but capped, as a cohort may hold thousands. */
const FIRST = 5;
const MOST = 50;

export function TourPlanCohort({ plan }: { plan: CohortPlan }) {
  const [expanded, setExpanded] = useState(false);
  const { cohort, coverage, candidates, scheduled } = plan;
  const label = COHORT_LABELS[cohort];
  const lower = label.toLowerCase();
  const headingId = `tour-cohort-${cohort}`;
  const shown = candidates.slice(0, expanded ? MOST : FIRST);
  const progress = coverage.met
    ? `${plural(coverage.interviewedAccounts, 'account')} interviewed, target ${coverage.target} met`
    : `${coverage.interviewedAccounts} of ${coverage.target} accounts interviewed, ${coverage.missing} more needed`;

  return (
    <section aria-labelledby={headingId} className="panel tour-cohort">
      <h2 id={headingId}>{label}</h2>
      <div className="tour-progress">
        <meter
          min={0}
          max={coverage.target}
          value={Math.min(coverage.interviewedAccounts, coverage.target)}
          aria-label={`${label}: ${progress}`}
        />
        <p className={coverage.met ? 'tour-met' : undefined}>{progress}</p>
      </div>

      {scheduled.length > 0 && (
        <>
          <h3>Scheduled</h3>
          <ul className="tour-scheduled">
            {scheduled.map(({ account, interview }) => (
              <li key={interview.id}>
                <Link to={`/interviews/${encodeURIComponent(interview.id)}`}>{account.name}</Link>{' '}
                <span className="field-hint">on {interview.date}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Next to interview</h3>
      {plan.accounts === 0 ? (
        <p>
          No account is in this cohort yet. <Link to="/accounts">Assign cohorts in Accounts</Link>.
        </p>
      ) : candidates.length === 0 ? (
        <p className="tour-met">
          Every account in this cohort has been interviewed or is scheduled.
        </p>
      ) : (
        <>
          <ol className="tour-candidates" aria-label={`Next to interview: ${label}`}>
            {shown.map((candidate) => (
              <PlanCandidateItem key={candidate.account.id} candidate={candidate} />
            ))}
          </ol>
          {candidates.length > FIRST && (
            <p className="tour-more">
              <button
                type="button"
                aria-expanded={expanded}
                onClick={() => setExpanded((open) => !open)}
              >
                {expanded
                  ? `Show the first ${FIRST} ${lower}`
                  : `Show ${candidates.length > MOST ? `the first ${MOST}` : `all ${candidates.length}`} ${lower}`}
              </button>{' '}
              {expanded && candidates.length > MOST && (
                <span className="field-hint">
                  {plural(candidates.length, 'account')} not interviewed yet; filter Accounts by
                  Interviewed: Not yet for every one.
                </span>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
