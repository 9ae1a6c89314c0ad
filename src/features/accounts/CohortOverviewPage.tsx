import { useMemo } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { cohortProfiles, retentionByStartQuarter } from '../../domain/cohortOverview';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { CohortProfilesTable } from './CohortProfilesTable';
import { RetentionSection } from './RetentionSection';
import { WinRateByTrait } from './WinRateByTrait';
import { useCohortInputs, useToday } from './useCohortSuggestions';
import { PageHeader } from '../../ui/PageHeader';

export function CohortOverviewPage() {
  usePageTitle('Cohort overview');
  const db = useWorkspaceDb();
  const today = useToday();
  const inputs = useCohortInputs(db);
  const profiles = useMemo(
    () => (inputs ? cohortProfiles(inputs.accounts, today) : undefined),
    [inputs, today],
  );
  const retention = useMemo(
    () => (inputs ? retentionByStartQuarter(inputs.accounts, today) : undefined),
    [inputs, today],
  );

  return (
    <section aria-labelledby="overview-heading">
      <p className="overview-back">
        <Link to="/accounts">← Accounts</Link>
      </p>
      <PageHeader
        headingId="overview-heading"
        title="Cohort overview"
        count={
          inputs &&
          `${plural(inputs.accounts.length, 'account')} · ${plural(inputs.deals.length, 'deal')}`
        }
      />
      {!inputs || !profiles || !retention ? (
        <p role="status">Loading the overview…</p>
      ) : inputs.accounts.length === 0 ? (
        <EmptyState title="No accounts yet">
          <p>
            The overview compares cohorts on ARR, sales cycle, retention and win rate. Bring in
            accounts and deals first.
          </p>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="overview-profiles-heading" className="overview-section">
            <h2 id="overview-profiles-heading">Cohort profiles</h2>
            <CohortProfilesTable profiles={profiles} />
          </section>
          <RetentionSection rows={retention} />
          <WinRateByTrait accounts={inputs.accounts} deals={inputs.deals} />
        </>
      )}
    </section>
  );
}
