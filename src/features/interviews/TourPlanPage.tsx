import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { InterviewTargetsForm } from './InterviewTargetsForm';
import { TourPlanCohort } from './TourPlanCohort';
import { useTourPlan } from './useTourPlan';
import { InterviewsBreadcrumb } from './InterviewsBreadcrumb';

/** Who to talk to next in the listening tour, cohort by cohort (DOMAIN.md §3). */
export function TourPlanPage() {
  usePageTitle('Tour plan');
  const db = useWorkspaceDb();
  const { plan, targets, saveTargets } = useTourPlan(db);
  const accounts = plan ? plan.cohorts.reduce((n, c) => n + c.accounts, 0) + plan.unassigned : 0;

  return (
    <section aria-labelledby="tour-plan-heading" className="tour-plan">
      <InterviewsBreadcrumb />
      <h1 id="tour-plan-heading">Tour plan</h1>
      <p className="lede">
        Who to talk to next: in each cohort, the accounts nobody has interviewed yet, those from an
        industry, size, region or integrations band the cohort has not been heard from first, then
        the biggest deals.
      </p>
      {plan === undefined || targets === undefined ? (
        <p role="status">Loading the tour plan…</p>
      ) : accounts === 0 ? (
        <EmptyState title="No accounts to plan yet">
          <p>
            The tour is planned from your accounts and their cohorts. Import customers and deals
            from the CRM, or add accounts by hand, then group them into cohorts.
          </p>
          <p>
            <Link to="/accounts">Go to Accounts</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="tour-targets-heading" className="panel tour-targets">
            <h2 id="tour-targets-heading">Interview targets</h2>
            {/* Keyed by the stored values, so a save made elsewhere shows here. */}
            <InterviewTargetsForm
              key={JSON.stringify(targets)}
              targets={targets}
              onSave={saveTargets}
            />
            <p className="field-hint">
              Accounts to hear from in each cohort. Synthesis measures its coverage gaps against the
              same targets.
            </p>
          </section>
          {plan.unassigned > 0 && (
            <p className="tour-unassigned">
              {plural(plan.unassigned, 'account')} {plan.unassigned === 1 ? 'has' : 'have'} no
              cohort and {plan.unassigned === 1 ? 'is' : 'are'} not planned.{' '}
              <Link to="/accounts">Assign cohorts in Accounts</Link>.
            </p>
          )}
          <div className="tour-cohorts">
            {plan.cohorts.map((cohort) => (
              <TourPlanCohort key={cohort.cohort} plan={cohort} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
